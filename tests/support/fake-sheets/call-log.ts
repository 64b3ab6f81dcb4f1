/**
 * Every call code under test makes on a fake Apps Script object goes through a Proxy that counts
 * it (per `Class.method` and per category), advances the simulated clock, refuses methods the
 * fake does not implement, and refuses writes made without holding a lock.
 */

export type CallCategory =
  /** Reads cell contents, formats or rules: a round trip in Apps Script. */
  | 'read'
  /** Writes values, formulas, number formats, validations, conditional formats or protection. */
  | 'write'
  /** Writes colours, fonts, alignment, wrapping, borders, merges. */
  | 'style'
  /** Adds, removes, renames, hides, moves or resizes sheets; named ranges; filters. */
  | 'structure'
  /** Gets an object or a property of one (sheets, ranges, names, the active sheet). */
  | 'navigation'
  /** One cell's value or formula: never allowed in a loop, and counted apart. */
  | 'per-cell'
  | 'flush'
  /** Builds a rule or text style value locally; touches no document. */
  | 'builder'
  | 'ui'
  | 'html'
  | 'lock'
  | 'properties';

const PER_CELL = new Set([
  'Range.getValue', 'Range.setValue', 'Range.getFormula', 'Range.setFormula', 'Range.getDisplayValue', 'RangeList.setValue', 'RangeList.setFormula',
  'Range.getNote', 'Range.setNote',
]);

const READ = new Set([
  'Range.getValues', 'Range.getFormulas', 'Range.getDisplayValues', 'Range.getNumberFormats', 'Range.getBackgrounds',
  'Range.getDataValidations', 'Range.getMergedRanges', 'Range.getTextStyles', 'Range.getNotes', 'Sheet.getConditionalFormatRules', 'Sheet.getProtections',
  'Spreadsheet.getNamedRanges',
]);

const WRITE = new Set([
  'Range.setValues', 'Range.setFormulas', 'Range.setNumberFormats', 'Range.setNumberFormat', 'Range.setDataValidations', 'Range.setDataValidation',
  'Range.clearDataValidations', 'Range.clearContent', 'Range.clear', 'Range.protect', 'RangeList.setNumberFormat', 'RangeList.clear',
  'RangeList.clearContent', 'Range.setFormulaR1C1', 'RangeList.setFormulaR1C1', 'Range.setNotes', 'Range.clearNote', 'Sheet.setConditionalFormatRules', 'Sheet.clearConditionalFormatRules', 'Sheet.protect', 'Sheet.clear',
  'Protection.setWarningOnly', 'Protection.setUnprotectedRanges', 'Protection.setDescription', 'Protection.remove',
]);

const STYLE_PREFIXES = ['Range.set', 'RangeList.set', 'Range.merge', 'Range.breakApart', 'Range.clearFormat', 'RangeList.breakApart', 'RangeList.clearFormat'];

const STRUCTURE = new Set([
  'Spreadsheet.insertSheet', 'Spreadsheet.deleteSheet', 'Spreadsheet.setNamedRange', 'Spreadsheet.removeNamedRange', 'Spreadsheet.moveActiveSheet',
  'Sheet.setName', 'Sheet.hideSheet', 'Sheet.showSheet', 'Sheet.setFrozenRows', 'Sheet.setFrozenColumns', 'Sheet.setColumnWidths',
  'Sheet.setColumnWidth', 'Sheet.setRowHeights', 'Sheet.setRowHeightsForced', 'Sheet.setRowHeight', 'Sheet.setTabColor', 'Sheet.insertRowsAfter',
  'Sheet.insertColumnsAfter', 'Range.createFilter', 'Filter.remove', 'NamedRange.setRange', 'NamedRange.remove',
]);

/** Calls that change the document: the fake insists a lock is held while they run. */
export function isDocumentWrite(category: CallCategory): boolean {
  return category === 'write' || category === 'style' || category === 'structure' || category === 'per-cell';
}

export function categoryOf(kind: string, method: string): CallCategory {
  const name = `${kind}.${method}`;
  if (PER_CELL.has(name)) return 'per-cell';
  if (kind === 'SpreadsheetApp' && method === 'flush') return 'flush';
  if (kind.endsWith('Builder') || (kind === 'SpreadsheetApp' && method.startsWith('new'))) return 'builder';
  if (kind === 'Ui' || kind === 'Menu' || name === 'Spreadsheet.toast') return 'ui';
  if (kind === 'HtmlService' || kind === 'HtmlOutput') return 'html';
  if (kind === 'LockService' || kind === 'Lock') return 'lock';
  if (kind === 'PropertiesService' || kind === 'Properties') return 'properties';
  if (READ.has(name)) return 'read';
  if (WRITE.has(name)) return 'write';
  if (STRUCTURE.has(name)) return 'structure';
  if (STYLE_PREFIXES.some((p) => name.startsWith(p))) return 'style';
  return 'navigation';
}

/** Categories that are calls on SpreadsheetApp and its objects. */
export const SPREADSHEET_CATEGORIES: readonly CallCategory[] = ['read', 'write', 'style', 'structure', 'navigation', 'per-cell', 'flush'];

export interface CallCounts {
  readonly byMethod: Readonly<Record<string, number>>;
  readonly byCategory: Readonly<Record<CallCategory, number>>;
  /** Reads, writes and flushes: what the budgets in shared/notes/hosts.md count. */
  readonly data: number;
  /** Every call on SpreadsheetApp and its objects (builders, Ui, locks and properties apart). */
  readonly spreadsheet: number;
}

export interface LockState {
  /** Whether code under test holds a lock that covers document writes. */
  holdsWriteLock(): boolean;
}

/** A call on the document, with the name of the sheet it went to ('' for the spreadsheet). */
export interface DocumentCall {
  readonly name: string;
  readonly category: CallCategory;
  readonly sheet: string;
}

export class CallLog {
  private methods = new Map<string, number>();
  private events: string[] = [];
  private documentEvents: DocumentCall[] = [];
  /** Simulated time: each SpreadsheetApp call costs this much (see FakeClock). */
  msPerCall = 0;
  nowMs: number;
  lock: LockState = { holdsWriteLock: () => true };
  /** Events worth asserting on in order (lock taken, lock released, flush, writes). */
  readonly timeline: string[] = [];

  /**
   * Fails the Nth (0-based, counted from when it is set) call that changes the document, or of
   * any call on SpreadsheetApp and its objects, once, as a Sheets service error would; the calls
   * before it stay done. Null: no failure.
   */
  failAt: number | null = null;
  private failOn: 'write' | 'any' = 'write';
  private callsSinceFail = 0;

  /** Fails the Nth document-changing call from now (see failAt). */
  failNthWrite(n: number): void {
    this.failNthCall(n, 'write');
  }

  /** Fails the Nth call from now that changes the document (`write`) or touches it at all (`any`). */
  failNthCall(n: number, which: 'write' | 'any'): void {
    this.failAt = n;
    this.failOn = which;
    this.callsSinceFail = 0;
  }

  constructor(startMs: number) {
    this.nowMs = startMs;
  }

  /**
   * Apps Script ends an execution at six minutes ("Script runtime: 6 min / execution", Apps
   * Script quotas): with a limit set, a call made after it throws as Apps Script would. Null (the
   * default) lets a test run its executions for as long as its simulated calls take.
   */
  executionLimitMs: number | null = null;
  private executionStartMs = 0;

  /** A new execution begins now (a menu item, a trigger, a `google.script.run` call). */
  startExecution(): void {
    this.executionStartMs = this.nowMs;
  }

  /** Simulated time passes without a call: a person reading an alert, say. */
  advance(ms: number): void {
    this.nowMs += ms;
  }

  record(kind: string, method: string, sheet = ''): CallCategory {
    const name = `${kind}.${method}`;
    const category = categoryOf(kind, method);
    if (this.executionLimitMs !== null && this.nowMs - this.executionStartMs > this.executionLimitMs) {
      throw new Error('Exceeded maximum execution time');
    }
    this.methods.set(name, (this.methods.get(name) ?? 0) + 1);
    this.events.push(name);
    const onDocument = SPREADSHEET_CATEGORIES.includes(category);
    if (onDocument) {
      this.nowMs += this.msPerCall;
      this.documentEvents.push({ name, category, sheet });
    }
    const write = isDocumentWrite(category);
    if (write && !this.lock.holdsWriteLock()) {
      throw new Error(`FakeSpreadsheetApp: ${name} changes the document without holding the document lock`);
    }
    if (this.failAt !== null && (this.failOn === 'any' ? onDocument : write) && this.callsSinceFail++ === this.failAt) {
      this.failAt = null;
      throw new Error(`Service Spreadsheets failed while accessing document (${name}).`);
    }
    if (write) {
      this.timeline.push('write');
    } else if (category === 'flush' || name === 'Lock.waitLock' || name === 'Lock.releaseLock' || name === 'Lock.tryLock') {
      this.timeline.push(name);
    }
    return category;
  }

  reset(): void {
    this.methods = new Map();
    this.events = [];
    this.documentEvents = [];
    this.timeline.length = 0;
  }

  count(name: string): number {
    return this.methods.get(name) ?? 0;
  }

  get calls(): readonly string[] {
    return this.events;
  }

  /** The calls on SpreadsheetApp and its objects, in order: what `failNthCall(n, 'any')` counts. */
  get documentCalls(): readonly DocumentCall[] {
    return this.documentEvents;
  }

  counts(): CallCounts {
    const byCategory = Object.fromEntries(
      (['read', 'write', 'style', 'structure', 'navigation', 'per-cell', 'flush', 'builder', 'ui', 'html', 'lock', 'properties'] as CallCategory[]).map((c) => [c, 0]),
    ) as Record<CallCategory, number>;
    const byMethod: Record<string, number> = {};
    for (const [name, n] of this.methods) {
      byMethod[name] = n;
      const dot = name.indexOf('.');
      byCategory[categoryOf(name.slice(0, dot), name.slice(dot + 1))] += n;
    }
    const data = byCategory.read + byCategory.write + byCategory.flush;
    const spreadsheet = SPREADSHEET_CATEGORIES.reduce((n, c) => n + byCategory[c], 0);
    return { byMethod, byCategory, data, spreadsheet };
  }
}

const targets = new WeakMap<object, object>();
const proxies = new WeakMap<object, object>();

/** The fake behind a proxy handed to code under test (or the value itself). */
export function raw<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    const t = targets.get(value as unknown as object);
    if (t) return t as T;
  }
  return value;
}

/** Arguments from code under test with every proxy (also inside arrays, as in 2-D grids) replaced by its fake. */
function deepRaw(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(deepRaw);
  return raw(value);
}

/** Fakes returned to code under test are wrapped; arrays of fakes too. */
function wrapResult(value: unknown, log: CallLog): unknown {
  if (value instanceof FakeObject) return expose(value, log);
  if (Array.isArray(value) && value.length > 0 && value[0] instanceof FakeObject) return value.map((v) => wrapResult(v, log));
  return value;
}

export const SHEET_OF = Symbol('the sheet a fake object is on');

/** Base of every fake: its `kind` names it in the log (`Range`, `Sheet`…). */
export abstract class FakeObject {
  abstract readonly kind: string;

  /**
   * The sheet a call on this object goes to, for the call log ('' when none). Keyed by a symbol:
   * code under test cannot call what Apps Script does not have.
   */
  [SHEET_OF](): string {
    return '';
  }
}

export function expose<T extends FakeObject>(target: T, log: CallLog): T {
  const known = proxies.get(target);
  if (known) return known as T;
  const proxy = new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === 'symbol' || prop === 'kind' || prop === 'then' || prop === 'toJSON') return Reflect.get(t, prop, receiver);
      const member = Reflect.get(t, prop, t) as unknown;
      if (member === undefined) {
        // Apps Script objects have many more methods; the fake refuses what it does not model.
        throw new TypeError(`FakeSpreadsheetApp: ${t.kind}.${String(prop)} is not implemented`);
      }
      if (typeof member !== 'function' || prop.startsWith('_')) return member;
      return (...args: unknown[]) => {
        log.record(t.kind, prop, t[SHEET_OF]());
        return wrapResult((member as (...a: unknown[]) => unknown).apply(t, args.map(deepRaw)), log);
      };
    },
  });
  proxies.set(target, proxy);
  targets.set(proxy, target);
  return proxy as T;
}
