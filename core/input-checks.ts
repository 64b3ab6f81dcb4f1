/**
 * What the request schema (request-schema.ts) and the methodology schema
 * (methodology/methodology-schema.ts) share: a required text, and the words for what is wrong
 * with a value. zod/mini has no words of its own; these are one short phrase per value with the
 * limit in it (`sheet: over 100 characters`, `likelihood.2.label: empty`), kept short because
 * Code.js carries them.
 */
import * as z from 'zod/mini';

/** A text that must say something, trimmed, of at most `max` characters. */
export const requiredText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** What a length counts: a text's characters, a list's entries (a number's limit has no unit). */
const UNIT: Readonly<Record<string, string>> = { string: ' characters', array: ' entries' };

/** What is wrong with one value (zod's error map); the path in front says which value. */
export function issueText(issue: z.core.$ZodRawIssue): string {
  if (issue.code !== 'too_big' && issue.code !== 'too_small') return 'invalid';
  const unit = UNIT[issue.origin] || '';
  if (issue.code === 'too_big') return `over ${issue.maximum}${unit}`;
  // A text or a list under 1 is empty; "under 3 entries" needs the number.
  return unit && issue.minimum === 1 ? 'empty' : `under ${issue.minimum}${unit}`;
}

/** Each problem as `likelihood.2.label: empty`, one line each; `whole` names the value itself. */
export function problems(error: z.core.$ZodError, whole: string): string[] {
  return error.issues.map((i) => `${i.path.join('.') || whole}: ${i.message}`);
}
