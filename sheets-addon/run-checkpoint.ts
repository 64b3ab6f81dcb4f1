/**
 * Where a run that stopped before Apps Script's time limit left off, kept in the document's
 * properties so the next call (by anyone on the document) can finish it. Read once with
 * `getProperties` and written once with `setProperties`. The store counts UTF-8 bytes: a value
 * holds at most 9 KB and the whole store 500 KB (Apps Script quotas), and a Chinese or Greek
 * change log takes two or three bytes a character. So the JSON is measured in bytes, cut into
 * pieces of at most PIECE_BYTES, never inside a character (half a surrogate pair would not
 * survive the store), and kept under MAX_BYTES in all.
 */
import type { PanelRequest } from '../core/actions';
import type { SheetPlan } from '../core/workbook/plan';

export interface RunCheckpoint {
  readonly v: 1;
  readonly request: PanelRequest;
  /** The moment of the first call: every stamp of the run carries it. */
  readonly now: string;
  /** When this call saved its place: the run is resumable for an hour from its last progress. */
  readonly savedAt?: string;
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
/** UTF-8 bytes per property value, under the 9 KB (9,216 bytes) a value may hold. */
const PIECE_BYTES = 8000;
/**
 * UTF-8 bytes of the whole checkpoint, well under the 500 KB store with the keys beside it. Beyond
 * this the change-log entry is left out and the finishing call writes its own; a checkpoint too
 * large even without it is not saved.
 */
const MAX_BYTES = 400 * 1024;
/**
 * A stopped run left this long without progress starts over: its stamps would carry a stale time.
 * Counted from the last call that made progress, not the first, so a run that needs more than an
 * hour of calls (a very large register) still finishes.
 */
const MAX_AGE_MS = 60 * 60 * 1000;

export interface CheckpointStore {
  /** The saved run, if any (the one `getProperties` call). */
  readonly saved: RunCheckpoint | null;
  /** False when the checkpoint is too large for the store even without its change-log entry. */
  save(checkpoint: RunCheckpoint): boolean;
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

/** UTF-8 bytes of one UTF-16 code unit at `i` of `text` (a surrogate pair counts 4 on its first unit). */
function unitBytes(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c < 0xdc00) return 4;
  if (c >= 0xdc00 && c < 0xe000) return 0;
  return 3;
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) bytes += unitBytes(text, i);
  return bytes;
}

/** `text` in pieces of at most `max` UTF-8 bytes, each ending on a whole character. */
function cut(text: string, max: number): string[] {
  const out: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const b = unitBytes(text, i);
    // A high surrogate's 4 bytes stand for the pair: the cut never falls between its two halves.
    if (bytes + b > max && b > 0) {
      out.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** The properties to write, or null when the checkpoint cannot fit in the store. */
function pieces(checkpoint: RunCheckpoint): Record<string, string> | null {
  let text = JSON.stringify(checkpoint);
  if (utf8Bytes(text) > MAX_BYTES) {
    const { changeLog: _dropped, ...rest } = checkpoint;
    text = JSON.stringify(rest);
    if (utf8Bytes(text) > MAX_BYTES) return null;
  }
  const out: Record<string, string> = {};
  const parts = cut(text, PIECE_BYTES);
  parts.forEach((part, n) => {
    out[`${PREFIX}${n}`] = part;
  });
  out[COUNT] = String(parts.length);
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
      const written = pieces(checkpoint);
      // Nothing to resume from is better than a place that would resume the wrong run.
      props.setProperties(written ?? { [COUNT]: '0' }, false);
      return written !== null;
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

/** The saved run when `request` continues it: the same request, its last progress not too old. */
export function resumable(saved: RunCheckpoint | null, request: PanelRequest, nowMs: number): RunCheckpoint | null {
  if (!saved || !sameRequest(saved.request, request)) return null;
  const age = nowMs - Date.parse(saved.savedAt ?? saved.now);
  return Number.isFinite(age) && age >= 0 && age <= MAX_AGE_MS ? saved : null;
}
