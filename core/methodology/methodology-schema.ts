/**
 * The methodology a panel saves, checked before anything is written: `google.script.run` and
 * `postMessage` hand a host whatever the page sent. The limits are limits.ts's; what the method
 * means (gaps, overlaps, labels) is validate-methodology.ts's, after this.
 */
// zod/mini: every host carries this schema, the Apps Script bundle included.
import * as z from 'zod/mini';
import { issueText, problems, requiredText } from '../input-checks';
import {
  COLOUR_PATTERN, MAX_BANDS, MAX_BAND_NAME, MAX_IMPACT_DIMENSIONS, MAX_LEVELS, MAX_LEVEL_DESCRIPTION, MAX_LEVEL_LABEL, MAX_REVIEW_DAYS, MAX_VERSION, MIN_BANDS, MIN_LEVELS,
  MIN_REVIEW_DAYS,
} from '../limits';
import type { Methodology } from './types';

const levelSchema = z.object({ value: z.int(), label: requiredText(MAX_LEVEL_LABEL), description: z.string().check(z.maxLength(MAX_LEVEL_DESCRIPTION)) });
const scaleSchema = z.array(levelSchema).check(z.minLength(MIN_LEVELS), z.maxLength(MAX_LEVELS));

const methodologySchema = z.object({
  version: requiredText(MAX_VERSION),
  likelihood: scaleSchema,
  impact: scaleSchema,
  impactDimensions: z.array(z.string()).check(z.maxLength(MAX_IMPACT_DIMENSIONS)),
  impactRule: z.literal('max'),
  scoring: z.enum(['multiply', 'add', 'matrix']),
  matrix: z.array(z.array(z.number())),
  bands: z
    .array(
      z.object({
        name: requiredText(MAX_BAND_NAME),
        min: z.int(),
        max: z.int(),
        colour: z.string().check(z.regex(COLOUR_PATTERN)),
        decision: z.enum(['acceptable', 'tolerable', 'unacceptable']),
      }),
    )
    .check(z.minLength(MIN_BANDS), z.maxLength(MAX_BANDS)),
  reviewIntervalDays: z.int().check(z.gte(MIN_REVIEW_DAYS), z.lte(MAX_REVIEW_DAYS)),
});

export type ParsedMethodology = { readonly ok: true; readonly methodology: Methodology } | { readonly ok: false; readonly problems: readonly string[] };

/** The methodology a panel sent, or every problem with it, each naming its field. */
export function parseMethodology(input: unknown): ParsedMethodology {
  const parsed = methodologySchema.safeParse(input, { error: issueText });
  return parsed.success ? { ok: true, methodology: parsed.data } : { ok: false, problems: problems(parsed.error, 'methodology') };
}
