/** Word-wrapping for the terminal. */

/** Lines of at most `width` characters (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

export function indent(lines: readonly string[], prefix: string): string {
  return lines.map((l) => (l === '' ? '' : prefix + l)).join('\n');
}

/**
 * `12,345`, as `toLocaleString('en-US')` writes a count, without it: the first call loads ICU's
 * number formats, 20-40 ms of every run that reports a count.
 */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** `1 error`, `2 errors` */
export function count(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${grouped(n)} ${n === 1 ? singular : pluralForm}`;
}
