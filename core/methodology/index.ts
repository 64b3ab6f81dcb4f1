/** The methodology module: clause 6.1.2 risk criteria as a sheet that is document and configuration. */
export type { Band, Decision, ImpactRule, Methodology, PresetName, ScaleLevel, ScoringMethod } from './types';
export { DEFAULT_METHODOLOGY, PRESET_NAMES, presetMethodology } from './presets';
export { bandFor, computeMatrix, reachableScores, scoreFor } from './scoring';
export type { LevelKey, ParsedLevel } from './levels';
export { combineImpacts, levelKeys, levelOption, parseLevel } from './levels';
export {
  validateBandRanges, validateBandValues, validateMatrixCells, validateMethodology, validateScale, validateSettings,
} from './validate-methodology';
export type { ScaleName } from './validate-methodology';
export type { MethodologyAnchors } from './anchors';
export { layoutAnchors } from './methodology-layout';
export { methodologyEditPlan, methodologySheetPlan } from './methodology-sheet';
export { readMethodology, parseMethodologySheet } from './read-methodology';
export type { ParsedMethodologySheet } from './read-methodology';
export { listsSheetPlan } from './lists-sheet';
export { methodologyHash } from './methodology-hash';
export {
  ACTION_STATUSES, EFFECTIVENESS_RESULTS, IMPLEMENTATION_STATUSES, OPPORTUNITY_STATUSES, TREATMENT_LABELS, TREATMENT_OPTIONS, YES_NO_OPTIONS,
} from './options';
export { DECISION_LABELS, HEADINGS, SCORING_LABELS, parseDecision, parseScoring } from './methodology-text';
