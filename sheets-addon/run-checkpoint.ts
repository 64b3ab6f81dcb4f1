/**
 * Where a run that stopped before Apps Script's time limit left off, kept in the document's
 * properties so the next call (by anyone on the document) can finish it. Read once with
 * `getProperties` and written once with `setProperties`: a value holds at most 9 KB, so the JSON
 * is cut into pieces well under that, and the whole stays far below the 500 KB store.
 */
import type { PanelRequest } from '../core/actions';
import type { SheetPlan } from '../core/workbook/plan';

export interface RunCheckpoint {
  readonly v: 1;
  readonly request: PanelRequest;
  /** The moment of the first call: every stamp of the run carries it. */
  readonly now: string;
  /** Step keys done (sheets-apply-plan.ts). */
  readonly done: readonly string[];
  /** What the first call planned to report, which the finishing call reports instead. */
  readonly title: string;
  readonly changes: readonly string[];
  /** The first call's change-log entry, written last, once the run is whole. */
  readonly changeLog?: SheetPlan;
}

const PREFIX = 'riskbook.run.';
const COUNT = `${PREFIX}count`;
/** Characters per property value: 3 bytes each at worst in UTF-8, under the 9 KB limit. */
const PIECE = 3000;
/** Beyond this the change-log entry is left out and the finishing call writes its own. */
const MAX_CHARS = 300000;
/** A stopped run older than this starts over: its stamps would carry a stale time. */
const MAX_AGE_MS = 60 * 60 * 1000;

export interface CheckpointStore {
  /** The saved run, if any (the one `getProperties` call). */
  readonly saved: RunCheckpoint | null;
  save(checkpoint: RunCheckpoint): void;
  clear(): void;
}

function parse(props: Record<string, string>): RunCheckpoint | null {
  const count = Number(props[COUNT] ?? '0');
  if (!Number.isInteger(count) || count <= 0) return null;
  let text = '';
  for (let i = 0; i < count; i++) {
    const piece = props[`${PREFIX}${i}`];
    if (piece === undefined) return null;
    text += piece;
  }
  try {
    const value = JSON.parse(text) as RunCheckpoint;
    return value && value.v === 1 ? value : null;
  } catch {
    return null;
  }
}

function pieces(checkpoint: RunCheckpoint): Record<string, string> {
  let text = JSON.stringify(checkpoint);
  if (text.length > MAX_CHARS) {
    const { changeLog: _dropped, ...rest } = checkpoint;
    text = JSON.stringify(rest);
  }
  const out: Record<string, string> = {};
  let n = 0;
  for (let i = 0; i < text.length; i += PIECE) out[`${PREFIX}${n++}`] = text.slice(i, i + PIECE);
  out[COUNT] = String(n);
  return out;
}

/** Null when the script has no document properties (run outside an add-on or bound script). */
export function checkpointStore(): CheckpointStore | null {
  const props = PropertiesService.getDocumentProperties();
  if (!props) return null;
  const saved = parse(props.getProperties());
  return {
    saved,
    save: (checkpoint) => {
      props.setProperties(pieces(checkpoint), false);
    },
    // One write: a zero count makes any pieces left behind unread (the next save overwrites them).
    clear: () => {
      props.setProperties({ [COUNT]: '0' }, false);
    },
  };
}

function sameRequest(a: PanelRequest, b: PanelRequest): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The saved run when `request` continues it: the same request, not too old. */
export function resumable(saved: RunCheckpoint | null, request: PanelRequest, nowMs: number): RunCheckpoint | null {
  if (!saved || !sameRequest(saved.request, request)) return null;
  const age = nowMs - Date.parse(saved.now);
  return Number.isFinite(age) && age >= 0 && age <= MAX_AGE_MS ? saved : null;
}
