/**
 * Every request from a panel or a menu is checked here before anything runs: `google.script.run`
 * and `postMessage` hand a host whatever the page sent. The limits are limits.ts's, the words for
 * what is wrong input-checks.ts's. A host that takes requests from a page (the Sheets sidebar's
 * server function, the in-memory bridge) calls `parseRequest` first and `respond` (actions.ts)
 * with what it returns. It is a module of its own so that a host whose requests never leave its
 * own code (the Excel task pane) does not carry this schema.
 */
// zod/mini keeps Code.js small (it is evaluated on every call).
import * as z from 'zod/mini';
import { issueText, problems, requiredText } from './input-checks';
import { MAX_HEADER, MAX_SHEET_NAME } from './limits';
import { REGISTER_FIELDS } from './register/fields';
import type { RegisterField } from './register/types';
import type { PanelRequest } from './requests';

const requestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['status', 'seedSoa', 'registerIdsTo2022', 'newCycle']) }),
  z.object({ kind: z.literal('generate'), action: z.enum(['recalc', 'soa', 'rtp', 'heatmap']) }),
  z.object({ kind: z.literal('newRegister'), preset: z.enum(['5x5', '4x4', '3x3']) }),
  z.object({ kind: z.enum(['previewSheet', 'adoptSheet']), sheet: requiredText(MAX_SHEET_NAME) }),
  z.object({
    kind: z.literal('saveMapping'),
    override: z.partialRecord(z.enum(REGISTER_FIELDS as [RegisterField, ...RegisterField[]]), z.string().check(z.maxLength(MAX_HEADER))),
  }),
  // The method is checked by `respond` (methodology/methodology-schema.ts), which answers with
  // every problem listed for the panel.
  z.object({ kind: z.literal('saveMethodology'), methodology: z.unknown() }),
]);

export type ParsedRequest = { readonly ok: true; readonly request: PanelRequest } | { readonly ok: false; readonly message: string };

/**
 * The request in its canonical shape (texts trimmed, nothing but the known fields), or one line
 * that says what was wrong: nothing the page sent is quoted in it. A methodology is carried as
 * it came (its type is PanelRequest's once `respond` has checked it).
 */
export function parseRequest(input: unknown): ParsedRequest {
  const parsed = requestSchema.safeParse(input, { error: issueText });
  if (parsed.success) return { ok: true, request: parsed.data as PanelRequest };
  return { ok: false, message: `Riskbook did not understand the request (${problems(parsed.error, 'request').join('; ')}).` };
}
