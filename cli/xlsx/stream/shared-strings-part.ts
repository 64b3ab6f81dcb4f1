/**
 * The shared strings table: the text of every `<si>`, by index, rich text as its plain text.
 * An empty string is kept as null, which is how an empty cell reads.
 */
import type { XlsxPackage } from './xlsx-package';
import { StringItem } from './string-item';

export async function readSharedStrings(pkg: XlsxPackage, part: string | undefined): Promise<(string | null)[]> {
  const strings: (string | null)[] = [];
  if (part === undefined) return strings;
  const item = new StringItem();
  let inItem = false;
  await pkg.parse(part, {
    open(name) {
      if (name === 'si') {
        inItem = true;
        item.take();
      } else if (inItem) item.open(name);
    },
    close(name) {
      if (name === 'si') {
        inItem = false;
        strings.push(item.take() || null);
      } else if (inItem) item.close(name);
    },
    text(text) {
      if (inItem) item.text(text);
    },
  });
  return strings;
}
