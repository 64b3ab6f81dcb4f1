/**
 * What the sidebar may ask, checked before anything runs: `google.script.run` hands the server
 * whatever the page sent. The methodology itself is checked by the core (core/actions.ts).
 */
// zod/mini keeps Code.js small (it is evaluated on every call); the core uses it too.
import * as z from 'zod/mini';
import type { PanelRequest } from '../core/actions';
import { REGISTER_FIELDS } from '../core/register/fields';
import type { RegisterField } from '../core/register/types';

const sheetName = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));

const schema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status') }),
  z.object({ kind: z.literal('generate'), action: z.enum(['recalc', 'soa', 'rtp', 'heatmap']) }),
  z.object({ kind: z.literal('newRegister'), preset: z.enum(['5x5', '4x4', '3x3']) }),
  z.object({ kind: z.literal('previewSheet'), sheet: sheetName }),
  z.object({ kind: z.literal('adoptSheet'), sheet: sheetName }),
  z.object({
    kind: z.literal('saveMapping'),
    override: z.partialRecord(z.enum(REGISTER_FIELDS as [RegisterField, ...RegisterField[]]), z.string().check(z.maxLength(200))),
  }),
  z.object({ kind: z.literal('saveMethodology'), methodology: z.unknown() }),
  z.object({ kind: z.literal('seedSoa') }),
  z.object({ kind: z.literal('registerIdsTo2022') }),
]);

/** The request in a canonical shape, or an Error whose message says what was wrong. */
export function parseRequest(input: unknown): PanelRequest {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
    throw new Error(`Riskbook did not understand the request (${detail}).`);
  }
  return parsed.data as PanelRequest;
}
