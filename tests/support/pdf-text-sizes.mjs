// Every page of a PDF as its text items with their printed sizes and places (pdf.js), printed as
// JSON: the print tests measure text in points, where pdftotext gives only word boxes. Run by
// pdf-pages.ts (a child process: pdf.js is an ES module). Places are in points from the page's
// bottom left: `x` where the item starts, `y` its baseline, `width` its advance.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const round = (n) => Math.round(n * 100) / 100;
const doc = await getDocument({ url: process.argv[2], verbosity: 0 }).promise;
const pages = [];
for (let p = 1; p <= doc.numPages; p++) {
  const page = await doc.getPage(p);
  const [, , width, height] = page.view;
  const content = await page.getTextContent();
  pages.push({
    width: round(width),
    height: round(height),
    items: content.items
      .filter((i) => 'str' in i && i.str.trim() !== '')
      .map((i) => ({
        text: i.str,
        size: round(Math.hypot(i.transform[2], i.transform[3])),
        x: round(i.transform[4]),
        y: round(i.transform[5]),
        width: round(i.width),
      })),
  });
}
process.stdout.write(JSON.stringify(pages));
