/**
 * One XML part as a stream of SAX events, the way ExcelJS's loader feeds the same parser (saxes),
 * so that a damaged part is reported in the same words.
 */
import { SaxesParser } from 'saxes';
import { XmlScanner, localName } from './xml-scanner';

export type Attributes = Readonly<Record<string, string>>;

/** What a part reader does with the events. Names are local: `x:row` arrives as `row`. */
export interface XmlHandler {
  open(name: string, attributes: Attributes): void;
  close(name: string): void;
  text?(text: string): void;
}

/**
 * ExcelJS writes a part to saxes 16 K characters at a time and, after each piece, throws the last
 * error the parser reported in it; it stops at the end of the root element. Doing the same gives
 * the same message (position included) for the same damage.
 */
const PIECE = 16 * 1024;

/** The attribute with this local name (`r:id` and `relationships:id` are both `id`), if any. */
export function prefixedAttribute(attributes: Attributes, local: string): string | undefined {
  for (const key in attributes) {
    if (key.includes(':') && localName(key) === local) return attributes[key];
  }
  return undefined;
}

/**
 * Streams the part called `name` through `handler`. `open` gives the part's text from its start,
 * and may be called twice: the scanner (xml-scanner.ts) reads what spreadsheet programs write, and
 * whatever else a part holds is read again by saxes, its calls the scanner made skipped.
 */
export async function parseXml(name: string, open: () => AsyncIterable<string>, handler: XmlHandler): Promise<void> {
  const scanner = new XmlScanner(handler);
  for await (const chunk of open()) {
    // After the root element nothing more is read, but the part still streams to its end: the
    // package checks that it inflates whole.
    scanner.write(chunk);
    if (scanner.state === 'left-to-saxes') break;
  }
  scanner.end();
  if (scanner.state === 'ended') return;
  await parseWithSaxes(name, open(), skipping(scanner.calls, handler));
}

/** `handler` without its first `count` calls. */
function skipping(count: number, handler: XmlHandler): XmlHandler {
  let left = count;
  const text = handler.text;
  return {
    open: (n, a) => (left > 0 ? void left-- : handler.open(n, a)),
    close: (n) => (left > 0 ? void left-- : handler.close(n)),
    ...(text ? { text: (t: string) => (left > 0 ? void left-- : text.call(handler, t)) } : {}),
  };
}

/** The reference reader: saxes alone, fed and stopped as ExcelJS feeds and stops it. */
export async function parseWithSaxes(name: string, text: AsyncIterable<string>, handler: XmlHandler): Promise<void> {
  const parser = new SaxesParser();
  let error: Error | undefined;
  let depth = 0;
  let ended = false;
  parser.on('error', (err) => {
    error = err;
  });
  parser.on('opentag', (tag) => {
    if (ended) return;
    depth++;
    handler.open(localName(tag.name), tag.attributes);
  });
  parser.on('closetag', (tag) => {
    if (ended) return;
    depth--;
    handler.close(localName(tag.name));
    if (depth === 0) ended = true;
  });
  const onText = handler.text;
  if (onText) {
    const guarded = (t: string): void => {
      if (!ended && depth > 0) onText(t);
    };
    parser.on('text', guarded);
    // CDATA is text to XML; ExcelJS's loader listens for text only and loses it.
    parser.on('cdata', guarded);
  }
  const write = (piece: string): void => {
    parser.write(piece);
    if (error) throw error;
  };
  let pending = '';
  for await (const chunk of text) {
    // After the root element nothing more is parsed, but the part is still read to its end: the
    // package checks that it inflates whole.
    if (ended) continue;
    pending += chunk;
    let at = 0;
    for (; !ended && pending.length - at >= PIECE; at += PIECE) write(pending.slice(at, at + PIECE));
    pending = pending.slice(at);
  }
  if (!ended && pending !== '') write(pending);
  if (!ended) throw new Error(`${name} ${depth > 0 ? 'is cut short' : 'holds no XML element'}`);
}
