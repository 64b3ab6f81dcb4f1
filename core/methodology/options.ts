/**
 * The words every dropdown offers. The Lists sheet writes them and the rules read them back, so
 * they live in one place: change a word here and both sides follow.
 */
import type { Treatment } from '../register/types';

export const TREATMENT_OPTIONS = ['Mitigate', 'Transfer', 'Avoid', 'Accept'] as const;

/** The dropdown word for each treatment, in the order of TREATMENT_OPTIONS. */
export const TREATMENT_LABELS: Readonly<Record<Treatment, (typeof TREATMENT_OPTIONS)[number]>> = {
  mitigate: 'Mitigate',
  transfer: 'Transfer',
  avoid: 'Avoid',
  accept: 'Accept',
};

export const YES_NO_OPTIONS = ['Yes', 'No'] as const;

/** Statement of Applicability: how far a control is implemented. */
export const IMPLEMENTATION_STATUSES = [
  'Not started',
  'Planned',
  'Partially implemented',
  'Implemented',
  'Not applicable',
] as const;

/** Risk treatment plan: progress of an action. */
export const ACTION_STATUSES = ['Not started', 'In progress', 'Done', 'Cancelled'] as const;

export const OPPORTUNITY_STATUSES = ['Open', 'In progress', 'Realised', 'Dropped'] as const;

/** Outcome of checking whether a treatment worked. */
export const EFFECTIVENESS_RESULTS = ['Effective', 'Partly effective', 'Not effective'] as const;
