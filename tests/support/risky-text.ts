/**
 * Plan strings a spreadsheet program could take for a formula, or alter, were a host to write them
 * as they are. A plan string is always text (core/workbook/plan.ts): every host must give each of
 * these back as exactly the same text — not a formula, not a number, not with an apostrophe added
 * to the value. The escaping tests of every host are driven by this one table.
 *
 * Each risky first character comes with strings without a digit (so a host that only catches
 * `=` followed by a number, or only a leading `=`, fails) and with one.
 */
export const RISKY_FIRST_CHARACTERS = ['=', '+', '-', '@', '\t', '\r'] as const;

export const RISKY_TEXTS: readonly string[] = [
  '=SUM',
  '=1+1',
  '=HYPERLINK("http://evil.example")',
  "=cmd|' /C calc'!A0",
  '+foo',
  '+44 20',
  '-bar baz',
  '-5 days',
  '@home',
  '@SUM(A1)',
  '\tindented',
  '\t=1+1',
  '\rreturn',
  '\r\n-next line',
  '\r=2*3',
];

/** Texts that only look harmless: an apostrophe of the text's own, which must stay in the value. */
export const OWN_APOSTROPHE_TEXTS: readonly string[] = ["'quoted", "'=1+1"];

/** Every text of the table, for hosts to write and read back. */
export const ALL_RISKY_TEXTS: readonly string[] = [...RISKY_TEXTS, ...OWN_APOSTROPHE_TEXTS];

/** True for a text that starts with one of the risky first characters. */
export function startsRisky(text: string): boolean {
  return (RISKY_FIRST_CHARACTERS as readonly string[]).includes(text.charAt(0));
}

/** How a text shows in a test title: escapes visible, so `\t` and `\r` cases can be told apart. */
export function shown(text: string): string {
  return JSON.stringify(text);
}

/** Rows of `[shown, text]` for `it.each`, titles first. */
export function riskyCases(texts: readonly string[] = ALL_RISKY_TEXTS): [string, string][] {
  return texts.map((t) => [shown(t), t]);
}
