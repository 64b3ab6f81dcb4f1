// Every page of a PDF as its text items with their printed sizes (pdf.js), printed as JSON: the
// print tests measure text in points, where pdftotext gives only word boxes. Run by pdf-pages.ts (a child process: pdf.js is an ES module).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const doc = await getDocument({ url: process.argv[2], verbosity: 0 }).promise;
const pages = [];
for (let p = 1; p <= doc.numPages; p++) {
  const page = await doc.getPage(p);
  const content = await page.getTextContent();
  pages.push({
    items: content.items
      .filter((i) => 'str' in i && i.str.trim() !== '')
      .map((i) => ({ text: i.str, size: Math.round(Math.hypot(i.transform[2], i.transform[3]) * 100) / 100 })),
  });
}
process.stdout.write(JSON.stringify(pages));
