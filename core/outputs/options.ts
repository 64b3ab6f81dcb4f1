/**
 * The dropdown words the generated sheets' rules compare against, taken from the one list in
 * methodology/options.ts. The annotations make a renamed word there a compile error here.
 */
import type { ACTION_STATUSES, IMPLEMENTATION_STATUSES, YES_NO_OPTIONS } from '../methodology/options';

type ActionStatus = (typeof ACTION_STATUSES)[number];
type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];
type YesNo = (typeof YES_NO_OPTIONS)[number];

/** RTP action statuses that close an action: never overdue. */
export const DONE_STATUS: ActionStatus = 'Done';
export const CLOSED_ACTION_STATUSES: readonly ActionStatus[] = [DONE_STATUS, 'Cancelled'];
export const CANCELLED_STATUS: ActionStatus = 'Cancelled';

/** The SoA implementation status that calls for an evidence reference. */
export const IMPLEMENTED_STATUS: ImplementationStatus = 'Implemented';

export const YES: YesNo = 'Yes';
