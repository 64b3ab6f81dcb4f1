/**
 * The XML scanner in front of saxes (cli/xlsx/stream/xml-scanner.ts) must read every part exactly
 * as saxes alone reads it: the same calls in the same order, and for a damaged part the same
 * error. Plain spreadsheet XML must be read by the scanner alone (that is what it is for); the
 * rest it hands to saxes, which skips the calls the scanner made.
 */
import * as fc from 'fast-check';
import type { Attributes, XmlHandler } from '../../cli/xlsx/stream/xml-events';
import { parseWithSaxes, parseXml } from '../../cli/xlsx/stream/xml-events';
import { SAXES_PIECE, XmlScanner } from '../../cli/xlsx/stream/xml-scanner';

type Call = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

function recorder(): { calls: Call[]; handler: XmlHandler } {
  const calls: Call[] = [];
  return {
    calls,
    handler: {
      open: (name: string, attributes: Attributes) => calls.push(['open', name, { ...attributes }]),
      close: (name: string) => calls.push(['close', name]),
      text: (text: string) => calls.push(['text', text]),
    },
  };
}

async function* pieces(text: string, cuts: readonly number[]): AsyncGenerator<string> {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= at || cut >= text.length) continue;
    yield text.slice(at, cut);
    at = cut;
  }
  yield text.slice(at);
}

async function outcome(read: (handler: XmlHandler) => Promise<void>): Promise<{ calls: Call[]; error: string | null }> {
  const { calls, handler } = recorder();
  try {
    await read(handler);
    return { calls, error: null };
  } catch (err) {
    return { calls, error: (err as Error).message };
  }
}

async function bothReaders(xml: string, cuts: readonly number[] = []): Promise<void> {
  const scanned = await outcome((h) => parseXml('part.xml', () => pieces(xml, cuts), h));
  const reference = await outcome((h) => parseWithSaxes('part.xml', pieces(xml, cuts), h));
  expect(scanned).toEqual(reference);
}

/** Whether the scanner alone reads `xml` to the end of its root element. */
function scannerAlone(xml: string, cuts: readonly number[] = []): boolean {
  const scanner = new XmlScanner({ open: () => undefined, close: () => undefined, text: () => undefined });
  let at = 0;
  for (const cut of [...cuts, xml.length].sort((a, b) => a - b)) {
    if (cut <= at) continue;
    scanner.write(xml.slice(at, cut));
    at = cut;
  }
  scanner.end();
  return scanner.state === 'ended';
}

const SHEET = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  '<dimension ref="A1:C3"/><sheetData>',
  '<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>45291.5</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve"> R&amp;D &lt;team&gt; &#233;&#x1F600; </t></is></c></row>',
  '<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">B2*C2</f><v>6</v></c><c r="B2" t="str"><f>"a&quot;b"</f><v>a"b</v></c></row>',
  "<row r='3' hidden='1'><c r=\"A3\"><f t=\"shared\" si=\"0\"/><v>2</v></c><c r=\"B3\" t=\"e\"><v>#N/A</v></c></row>",
  '</sheetData><mergeCells count="1"><mergeCell ref="B3:C3"/></mergeCells></worksheet>',
].join('');

describe('the scanner reads spreadsheet XML by itself, as saxes would', () => {
  it('a worksheet as Excel writes it (declaration, CRLF after it, shared formulas, inline strings, references)', async () => {
    expect(scannerAlone(SHEET)).toBe(true);
    await bothReaders(SHEET);
  });

  it('the same worksheet cut into pieces anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: SHEET.length - 1 }), { maxLength: 12 }), async (cuts) => {
        expect(scannerAlone(SHEET, cuts)).toBe(true);
        await bothReaders(SHEET, cuts);
      }),
      { numRuns: 200 },
    );
  });

  it('white space after the root element, up to the end of saxes\' piece', async () => {
    const xml = `${SHEET}\r\n  \n`;
    expect(scannerAlone(xml)).toBe(true);
    await bothReaders(xml);
  });
});

describe('what the scanner leaves to saxes reads the same', () => {
  const cases: [string, string][] = [
    ['a comment between elements', SHEET.replace('<sheetData>', '<!-- kept --><sheetData>')],
    ['CDATA in a cell', SHEET.replace('<v>0</v>', '<v><![CDATA[0]]></v>')],
    ['a processing instruction inside', SHEET.replace('<sheetData>', '<?mso-application progid="Excel.Sheet"?><sheetData>')],
    ['a doctype', SHEET.replace('\r\n', '\r\n<!DOCTYPE worksheet>')],
    ['a carriage return in text', SHEET.replace(' R&amp;D', ' R\r\nD')],
    ['a line break in an attribute', SHEET.replace('spans="1:3"', 'spans="1:\n3"')],
    ['a tab in an attribute', SHEET.replace('spans="1:3"', 'spans="1:\t3"')],
    ['an entity XML does not define', SHEET.replace('R&amp;D', 'R&nbsp;D')],
    ['a name beyond ASCII', SHEET.replace('<dimension ref="A1:C3"/>', '<dimensión ref="A1:C3"/>')],
    ['a declaration of XML 1.1', SHEET.replace('version="1.0"', 'version="1.1"')],
    ['a comment after the root element in the same piece', `${SHEET}<!-- end -->`],
    ['text after the root element in the same piece', `${SHEET}junk`],
    ['text after the root element in a later piece', `${SHEET}${' '.repeat(SAXES_PIECE)}junk`],
    // Damaged parts: saxes' own words, as ExcelJS gives them.
    ['an unmatched closing tag', SHEET.replace('</row>', '</rox>')],
    ['two < in a row', SHEET.replace('<sheetData>', '<sheetData><<')],
    ['text where the XML should be', 'hello'],
    ['nothing but a declaration', '<?xml version="1.0"?>'],
    ['a part cut short', SHEET.slice(0, SHEET.length / 2)],
    ['a control character', SHEET.replace('<v>0</v>', '<v>0\u0001</v>')],
    ['a character reference to nothing XML allows', SHEET.replace('&#233;', '&#0;')],
    ['"]]>" in text', SHEET.replace('<v>0</v>', '<v>0]]></v>')],
    ['an attribute given twice', SHEET.replace('<c r="A1" t="s">', '<c r="A1" r="A1" t="s">')],
    ['attributes without space between them', SHEET.replace('<c r="A1" t="s">', '<c r="A1"t="s">')],
    ['an attribute without a value', SHEET.replace('<c r="A1" t="s">', '<c r t="s">')],
    ['< in an attribute value', SHEET.replace('ref="B3:C3"', 'ref="B3<C3"')],
    ['a second root element', `${SHEET}<worksheet/>`],
    ['an unpaired surrogate', SHEET.replace('<v>0</v>', '<v>0\uD800</v>')],
    ['text before the root element', SHEET.replace('\r\n', '\r\nx')],
  ];
  it.each(cases)('%s', async (_, xml) => {
    await bothReaders(xml);
  });

  it('any of them cut into pieces anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases.map((c) => c[1])), fc.array(fc.nat(), { maxLength: 8 }), async (xml, cuts) => {
        await bothReaders(xml, cuts.map((c) => 1 + (c % Math.max(1, xml.length - 1))));
      }),
      { numRuns: 300 },
    );
  });
});

describe('any document built from XML\'s parts reads the same through both', () => {
  const name = fc.constantFrom('c', 'v', 'row', 'x:c', 'is', 't', 'a.b-c_1', 'é', '1bad');
  const text = fc.constantFrom('', ' ', 'plain', 'R&amp;D', '&lt;&gt;&quot;&apos;', '&#65;&#x42;', '&bogus;', '&#0;', 'a]]>b', 'a\r\nb', 'tab\there', '\u0007', 'x > y', '<!--c-->', '<![CDATA[<x>]]>', '<?pi x?>');
  const attribute = fc.tuple(fc.constantFrom('r', 's', 't', 'xml:space', 'r', 'é'), fc.constantFrom('A1', '', 'a&amp;b', 'a\nb', "it's", 'x"y', '&#9;', '<')).map(([n, v]) =>
    v.includes('"') ? ` ${n}='${v}'` : ` ${n}="${v}"`,
  );
  const element: fc.Memo<string> = fc.memo((depth) =>
    fc
      .tuple(name, fc.array(attribute, { maxLength: 3 }), depth <= 1 ? fc.constant([]) : fc.array(fc.oneof(text, element(depth - 1)), { maxLength: 4 }), fc.boolean())
      .map(([n, attrs, children, empty]) => (empty && children.length === 0 ? `<${n}${attrs.join('')}/>` : `<${n}${attrs.join('')}>${children.join('')}</${n}>`)),
  );
  const document = fc
    .tuple(fc.constantFrom('', '<?xml version="1.0" encoding="UTF-8"?>\r\n', '<?xml version="1.0"?>', ' '), element(4), fc.constantFrom('', '\n', ' x', '<!--c-->'))
    .map(([head, root, tail]) => head + root + tail);

  it('whole, cut into pieces, or cut short', async () => {
    await fc.assert(
      fc.asyncProperty(document, fc.array(fc.nat(), { maxLength: 6 }), fc.option(fc.nat()), async (xml, cuts, stop) => {
        const doc = stop === null ? xml : xml.slice(0, stop % (xml.length + 1));
        await bothReaders(doc, cuts.map((c) => 1 + (c % Math.max(1, doc.length - 1))));
      }),
      { numRuns: 1500 },
    );
  });
});
