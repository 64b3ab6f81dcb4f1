/**
 * A run stopped at the time limit keeps its place in the document's properties, which hold at
 * most 9 KB a value and 500 KB in all, counted in UTF-8 bytes (the fake counts them so, and keeps
 * values as UTF-8 text, where half a surrogate pair does not survive). Before the fix the
 * checkpoint was allowed 300,000 characters and cut every 3,000: a change log in Chinese came to
 * 900 KB and the save failed, so the run could not be resumed; an emoji cut in two came back as
 * two replacement characters.
 */
import type { RunCheckpoint } from '../../sheets-addon/run-checkpoint';
import { checkpointStore } from '../../sheets-addon/run-checkpoint';
import { emptySheetPlan } from '../../core/workbook/plan';
import type { SheetPlan } from '../../core/workbook/plan';
import { FakeGoogle } from '../support/fake-sheets/fake-google';
import { MAX_STORE_BYTES, MAX_VALUE_BYTES } from '../support/fake-sheets/fake-services';

let google: FakeGoogle;

beforeEach(() => {
  google = new FakeGoogle();
  (globalThis as unknown as { PropertiesService: unknown }).PropertiesService = google.globals().PropertiesService;
});

afterEach(() => {
  delete (globalThis as { PropertiesService?: unknown }).PropertiesService;
});

/** A change log whose entry holds `rows` lines of `text`. */
function changeLog(text: string, rows: number): SheetPlan {
  const plan = emptySheetPlan('Change log', 'update');
  return { ...plan, role: 'changeLog', writes: [{ at: 'A5', cells: Array.from({ length: rows }, (_v, i) => [`${text} ${i}`]) }] };
}

function checkpoint(log: SheetPlan): RunCheckpoint {
  return {
    v: 1,
    request: { kind: 'generate', action: 'recalc' },
    now: '2026-11-23T09:00:00.000Z',
    done: ['sheet:methodology', 'sheet:risk treatment plan'],
    title: 'Recalculated and checked traceability',
    changes: ['Statement of Applicability: 93 controls'],
    changeLog: log,
  };
}

function storeBytes(): number {
  let total = 0;
  for (const [k, v] of google.documentProperties!.store) total += Buffer.byteLength(k) + Buffer.byteLength(v);
  return total;
}

describe('the checkpoint of a stopped run', () => {
  it('keeps a change log in Chinese when it fits, every piece under 9 KB, and reads back the same', () => {
    const saved = checkpoint(changeLog('第三季度供应商风险复核已完成并记录在案', 2000));
    expect(JSON.stringify(saved).length).toBeLessThan(60000);
    checkpointStore()!.save(saved);
    for (const v of google.documentProperties!.store.values()) expect(Buffer.byteLength(v)).toBeLessThanOrEqual(MAX_VALUE_BYTES);
    expect(checkpointStore()!.saved).toEqual(saved);
  });

  it('leaves out a change log too large for the store in bytes, though short in characters, and still saves its place', () => {
    // About 200,000 characters: under the 300,000 once allowed, 600 KB in UTF-8.
    const saved = checkpoint(changeLog('第三季度供应商风险复核已完成并记录在案，责任人已签字确认', 6500));
    expect(JSON.stringify(saved).length).toBeLessThan(300000);
    expect(Buffer.byteLength(JSON.stringify(saved))).toBeGreaterThan(MAX_STORE_BYTES);
    expect(checkpointStore()!.save(saved)).toBe(true);
    expect(storeBytes()).toBeLessThanOrEqual(MAX_STORE_BYTES);
    const { changeLog: _left, ...rest } = saved;
    expect(checkpointStore()!.saved).toEqual(rest);
  });

  it('never cuts a character in two: emoji and other four-byte characters come back whole', () => {
    // One ASCII character first, so a cut every so many UTF-16 units falls inside a pair.
    const saved = checkpoint(changeLog(`x${'𝔘🔒'.repeat(40)}`, 400));
    checkpointStore()!.save(saved);
    expect(checkpointStore()!.saved).toEqual(saved);
  });

  it('says it could not save its place when even the bare checkpoint does not fit', () => {
    const huge: RunCheckpoint = { ...checkpoint(emptySheetPlan('Change log', 'update')), changes: Array.from({ length: 9000 }, () => '変更'.repeat(20)) };
    expect(checkpointStore()!.save(huge)).toBe(false);
    expect(checkpointStore()!.saved).toBeNull();
  });
});
