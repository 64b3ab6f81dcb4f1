/**
 * The one rule for writing a cell note, shared by every host: a note a person wrote is never
 * replaced. The new text goes below it, after a blank line, so both stay readable in the cell's
 * note box.
 */

/** What separates a note already on the cell from the text added below it. */
export const NOTE_SEPARATOR = '\n\n';

/** The note a cell ends with when `text` is added to the note it has (`existing`, if any). */
export function withNote(existing: string | null | undefined, text: string): string {
  // A note of blanks holds nothing a person wrote.
  if (existing === null || existing === undefined || existing.trim() === '') return text;
  return `${existing}${NOTE_SEPARATOR}${text}`;
}
