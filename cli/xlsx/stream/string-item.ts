/**
 * The text of a string item, the structure a shared string (`<si>`), an inline string (`<is>`)
 * and a note (`<text>`) share: one `<t>`, or runs `<r><t>` joined as they read. Phonetic guides
 * (`<rPh>`, the reading of Japanese text) are not part of the text.
 */

/**
 * Excel writes characters XML cannot hold (a carriage return, control characters) as `_xHHHH_`.
 * Upper-case hex only, as ExcelJS decodes them, so that both readers agree on every file.
 */
export function unescapeText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

export class StringItem {
  private phonetic = 0;
  private inText = false;
  private piece = '';
  private value = '';

  open(name: string): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't' && this.phonetic === 0) {
      this.inText = true;
      this.piece = '';
    }
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't' && this.inText) {
      this.inText = false;
      // Escapes are decoded per <t>, as ExcelJS does: one never spans two runs.
      this.value += unescapeText(this.piece);
    }
  }

  text(text: string): void {
    if (this.inText) this.piece += text;
  }

  /** The text read since the last call, and a fresh start for the next item. */
  take(): string {
    const value = this.value;
    this.value = '';
    this.phonetic = 0;
    this.inText = false;
    return value;
  }
}
