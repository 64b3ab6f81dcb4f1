/**
 * What a panel or a menu may ask of Riskbook, and what a panel builds its requests from: the
 * limits on what they carry (limits.ts), the register fields a mapping names. It runs no code when
 * loaded (the zod schema that checks a request is request-schema.ts), so the task pane and the
 * sidebar carry these few constants and not the engine or zod. `respond` (actions.ts) answers a
 * request.
 */
import type { GenerateAction } from './engine';
import type { Methodology, PresetName } from './methodology/types';
import type { MappingOverride } from './register/settings-sheet';

export * from './limits';
export { DERIVED_FIELDS, FIELD_LABELS, REGISTER_FIELDS } from './register/fields';
export { REQUIRED_FIELDS } from './register/locate-register';
export type { RegisterField } from './register/types';
export type { MappingOverride };
// The matrix the core computes for `L x I` and `L + I`: the method editor shows it before saving.
export { computeMatrix } from './methodology/scoring';

export type PanelRequest =
  | { readonly kind: 'status' }
  | { readonly kind: 'generate'; readonly action: GenerateAction }
  | { readonly kind: 'newRegister'; readonly preset: PresetName }
  | { readonly kind: 'previewSheet'; readonly sheet: string }
  | { readonly kind: 'adoptSheet'; readonly sheet: string }
  | { readonly kind: 'saveMapping'; readonly override: MappingOverride }
  | { readonly kind: 'saveMethodology'; readonly methodology: Methodology }
  /** Build Riskbook's SoA from the team's: a 2022 SoA copied, a 2013 SoA migrated to 2022 (team-soa/seed-soa.ts). */
  | { readonly kind: 'seedSoa' }
  /** Replace the 2013 control ids in the register's Controls cells by their 2022 successors, the old text kept in each cell's note. */
  | { readonly kind: 'registerIdsTo2022' }
  /** Start a new assessment cycle: the register as it stands becomes the baseline its risks are marked against (core/cycle). */
  | { readonly kind: 'newCycle' };
