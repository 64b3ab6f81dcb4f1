/**
 * Where the person is, as far as Office says: the core prints generated sheets on Letter in the
 * countries whose offices use it and on A4 elsewhere, where the register names no paper.
 *
 * Office reports two languages. The display language is the language of Excel's menus, which
 * many people outside the US keep in US English, so it says little about where they are. The
 * editing language (`contentLanguage`, File > Options > Language) is the language they write
 * their documents in, with its region (en-GB in London, en-CA in Toronto, de-DE in Berlin): the
 * better sign. The display language stands in where Office does not report the editing language
 * (Excel on Mac).
 */

function tag(value: string | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The person's locale (e.g. `en-GB`), or undefined where Office reports none. */
export function personLocale(): string | undefined {
  const context = typeof Office === 'undefined' ? undefined : Office.context;
  if (!context) return undefined;
  return tag(context.contentLanguage) ?? tag(context.displayLanguage);
}
