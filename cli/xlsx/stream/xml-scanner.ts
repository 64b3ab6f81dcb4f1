/**
 * A fast reader for the XML spreadsheet programs write, in front of saxes. A 50,000-row sheet is
 * tens of megabytes of `<c r="B12" s="3" t="s"><v>41</v></c>`: saxes reads it a character at a
 * time and took most of `riskbook check`'s reading; this scanner jumps from `<` to `>` with
 * `indexOf`. It reads only the plain, well-formed XML those programs write: elements, quoted
 * attributes, text, the five predefined entities, character references and an XML declaration.
 * Anything else (a comment, CDATA, a doctype, a processing instruction, a line break inside an
 * attribute or a carriage return in text, which XML normalises, a character XML forbids, a name
 * beyond ASCII, and every error) is left to saxes: the scanner says so and stops, and saxes reads
 * the part from the start, skipping the calls the scanner already made. So a part reads the same
 * whichever reads it, and a damaged part is reported in saxes' words, as ExcelJS reports it.
 */
import type { Attributes, XmlHandler } from './xml-events';

/** `reading` until the root element closes (`ended`), or until it meets what saxes must read. */
export type ScanState = 'reading' | 'ended' | 'left-to-saxes';

/**
 * The piece size parseXml feeds saxes: an error saxes meets after the root element, in the same
 * piece, is still thrown (xml-events.ts), so the scanner looks that far past the root's end.
 */
export const SAXES_PIECE = 16 * 1024;

/**
 * Characters XML 1.0 forbids anywhere (controls other than tab, line feed and carriage return,
 * U+FFFE, U+FFFF, unpaired surrogates): saxes reports them.
 */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what the test looks for
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const XML_DECLARATION = /^<\?xml[\x20\t\r\n]+version[\x20\t\r\n]*=[\x20\t\r\n]*(["'])1\.0\1([\x20\t\r\n]+encoding[\x20\t\r\n]*=[\x20\t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([\x20\t\r\n]+standalone[\x20\t\r\n]*=[\x20\t\r\n]*(["'])(yes|no)\5)?[\x20\t\r\n]*\?>$/;

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Whether a code point is a character XML 1.0 allows (what a character reference may name). */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Text with its references replaced, or null for a reference the scanner leaves to saxes. */
function decoded(raw: string): string | null {
  let out = '';
  let from = 0;
  for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', from)) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi < 0) return null;
    const name = raw.slice(amp + 1, semi);
    let value: string | undefined;
    if (name.charCodeAt(0) === 35 /* # */) {
      const code = /^#[0-9]{1,7}$/.test(name) ? parseInt(name.slice(1), 10) : /^#x[0-9A-Fa-f]{1,6}$/.test(name) ? parseInt(name.slice(2), 16) : NaN;
      if (!isXmlChar(code)) return null;
      value = String.fromCodePoint(code);
    } else {
      value = Object.prototype.hasOwnProperty.call(PREDEFINED, name) ? PREDEFINED[name] : undefined;
      if (value === undefined) return null;
    }
    out += raw.slice(from, amp) + value;
    from = semi + 1;
  }
  return from === 0 ? raw : out + raw.slice(from);
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
const isNameStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 /* _ */ || c === 58; /* : */
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 /* - */ || c === 46; /* . */

/** How far a name of ASCII name characters runs from `at`. */
function nameEnd(s: string, at: number): number {
  let i = at;
  while (i < s.length && isNameChar(s.charCodeAt(i))) i++;
  return i;
}

/**
 * A prefixed name's local part. Generators that write `<x:sheetData>` (the .NET Open XML SDK)
 * are read like the rest; ExcelJS, which compares whole names, reads nothing from them.
 */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** What reading one piece of markup came to: the index after it, or why not. */
const INCOMPLETE = -1;
const LEAVE = -2;

export class XmlScanner {
  state: ScanState = 'reading';
  /** How many handler calls were made: saxes, reading the part again, skips as many. */
  calls = 0;
  /** Text carried to the next piece: markup or character data not yet closed. */
  private carried = '';
  /** Characters of the part before `carried`. */
  private offset = 0;
  private readonly open: string[] = [];
  private rootSeen = false;
  /** Characters still to look at after the root element, up to the end of saxes' piece. */
  private trailing = 0;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    if (this.state === 'left-to-saxes') return;
    if (this.state === 'ended') {
      this.checkTrailing(chunk, 0);
      return;
    }
    if (FORBIDDEN.test(chunk)) {
      this.state = 'left-to-saxes';
      return;
    }
    const s = this.carried === '' ? chunk : this.carried + chunk;
    const stop = this.scan(s);
    if (this.state !== 'reading') return;
    this.offset += stop;
    this.carried = s.slice(stop);
  }

  /** At the end of the part: anything unfinished is saxes' to report. */
  end(): void {
    if (this.state === 'reading') this.state = 'left-to-saxes';
  }

  /** Reads markup and text from the start of `s`; returns where the unfinished rest begins. */
  private scan(s: string): number {
    let i = 0;
    while (i < s.length) {
      const lt = s.indexOf('<', i);
      if (lt < 0) return i;
      if (lt > i && !this.characters(s, i, lt)) return this.leave();
      const end = this.markup(s, lt);
      if (end === INCOMPLETE) return lt;
      if (end === LEAVE) return this.leave();
      i = end;
      if (this.state === 'ended') {
        // saxes reads the rest of the piece it was given, and reports what it meets there.
        const at = this.offset + i;
        this.trailing = at % SAXES_PIECE === 0 ? 0 : SAXES_PIECE - (at % SAXES_PIECE);
        this.checkTrailing(s, i);
        return i;
      }
    }
    return i;
  }

  private leave(): number {
    this.state = 'left-to-saxes';
    return 0;
  }

  /** After the root element only white space reads the same in both readers. */
  private checkTrailing(s: string, from: number): void {
    const to = Math.min(s.length, from + this.trailing);
    for (let i = from; i < to; i++) {
      if (!isSpace(s.charCodeAt(i))) {
        this.state = 'left-to-saxes';
        return;
      }
    }
    this.trailing -= to - from;
  }

  /** Character data between `from` and the `<` at `to`. */
  private characters(s: string, from: number, to: number): boolean {
    const raw = s.slice(from, to);
    if (this.open.length === 0) {
      // Before the root element only white space is allowed.
      for (let i = 0; i < raw.length; i++) if (!isSpace(raw.charCodeAt(i))) return false;
      return true;
    }
    if (raw.includes('\r') || raw.includes(']]>')) return false;
    const text = raw.includes('&') ? decoded(raw) : raw;
    if (text === null) return false;
    if (this.handler.text) {
      this.calls++;
      this.handler.text(text);
    }
    return true;
  }

  /** The markup starting at `<` at `lt`: the index after its `>`, INCOMPLETE or LEAVE. */
  private markup(s: string, lt: number): number {
    if (lt + 1 >= s.length) return INCOMPLETE;
    const c = s.charCodeAt(lt + 1);
    if (c === 47 /* / */) return this.closeTag(s, lt);
    if (c === 63 /* ? */) return this.declaration(s, lt);
    if (!isNameStart(c)) return LEAVE;
    return this.openTag(s, lt);
  }

  private declaration(s: string, lt: number): number {
    // Only at the very start of the part, as XML allows.
    if (this.offset + lt !== 0) return LEAVE;
    const close = s.indexOf('?>', lt);
    if (close < 0) return INCOMPLETE;
    return XML_DECLARATION.test(s.slice(lt, close + 2)) ? close + 2 : LEAVE;
  }

  private closeTag(s: string, lt: number): number {
    const end = nameEnd(s, lt + 2);
    let i = end;
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) return INCOMPLETE;
    if (s.charCodeAt(i) !== 62 /* > */) return LEAVE;
    const name = s.slice(lt + 2, end);
    if (name !== this.open[this.open.length - 1]) return LEAVE;
    this.open.pop();
    this.calls++;
    this.handler.close(localName(name));
    if (this.open.length === 0) this.state = 'ended';
    return i + 1;
  }

  private openTag(s: string, lt: number): number {
    // A second root element is an error; the first one's end already stopped the scan.
    if (this.open.length === 0 && this.rootSeen) return LEAVE;
    const nameStop = nameEnd(s, lt + 1);
    const name = s.slice(lt + 1, nameStop);
    const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
    let i = nameStop;
    for (;;) {
      const before = i;
      while (i < s.length && isSpace(s.charCodeAt(i))) i++;
      if (i >= s.length) return INCOMPLETE;
      const c = s.charCodeAt(i);
      if (c === 62 /* > */) {
        this.opened(name, attributes);
        return i + 1;
      }
      if (c === 47 /* / */) {
        if (i + 1 >= s.length) return INCOMPLETE;
        if (s.charCodeAt(i + 1) !== 62) return LEAVE;
        this.opened(name, attributes);
        this.open.pop();
        this.calls++;
        this.handler.close(localName(name));
        if (this.open.length === 0) this.state = 'ended';
        return i + 2;
      }
      // An attribute: white space before it, a name, `=`, a quoted value.
      if (i === before || !isNameStart(c)) return LEAVE;
      const attrStop = nameEnd(s, i);
      const attr = s.slice(i, attrStop);
      i = attrStop;
      while (i < s.length && isSpace(s.charCodeAt(i))) i++;
      if (i >= s.length) return INCOMPLETE;
      if (s.charCodeAt(i) !== 61 /* = */) return LEAVE;
      i++;
      while (i < s.length && isSpace(s.charCodeAt(i))) i++;
      if (i >= s.length) return INCOMPLETE;
      const quote = s[i]!;
      if (quote !== '"' && quote !== "'") return LEAVE;
      const close = s.indexOf(quote, i + 1);
      if (close < 0) return INCOMPLETE;
      const raw = s.slice(i + 1, close);
      // saxes turns tabs and line breaks in a value into spaces; `<` is an error.
      if (/[<\t\n\r]/.test(raw)) return LEAVE;
      const value = raw.includes('&') ? decoded(raw) : raw;
      if (value === null || attributes[attr] !== undefined) return LEAVE;
      attributes[attr] = value;
      i = close + 1;
    }
  }

  private opened(name: string, attributes: Attributes): void {
    this.open.push(name);
    this.rootSeen = true;
    this.calls++;
    this.handler.open(localName(name), attributes);
  }
}
