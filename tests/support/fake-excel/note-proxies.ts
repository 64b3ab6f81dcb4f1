/**
 * Fake cell notes (ExcelApi 1.18): a worksheet's `notes` collection, `add(cellAddress, content)`,
 * `getItem` / `getItemOrNullObject` by cell address, and a note's `content`. As documented, an
 * address that is not a single cell is refused with InvalidCellAddress. What the documentation
 * does not say, the fake takes from Excel's own rules: a cell holds one note (adding a second
 * one is refused, so a host must extend the note it has), and notes are objects on a protected
 * sheet (changed only where the protection allows editing objects).
 */
import type { Box } from './addresses';
import { boxAddress, parseBox, splitSheet } from './addresses';
import type { Scalars } from './client-object';
import { FakeClientObject, FakeCollection } from './client-object';
import { richError } from './errors';
import type { FakeSheet } from './fake-workbook';
import type { FakeRange } from './range-proxies';
import type { FakeRequestContext } from './request-context';

const NOTES_API = '1.18';
const PROTECTED = "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.";

/** A cell's note as the fake workbook keeps it. */
export interface FakeNoteEntry {
  content: string;
  authorName: string;
}

interface NoteTarget {
  readonly sheet: FakeSheet;
  /** The cell, `B5`. */
  readonly key: string;
}

/** The cell an address names on `sheet`: `B5`, `$B$5` or `'Sheet'!B5`; InvalidCellAddress otherwise. */
function cellKey(sheet: FakeSheet, address: string): string {
  const split = splitSheet(address);
  const box: Box | null = parseBox(split.range);
  if (!box || box.rows !== 1 || box.cols !== 1 || (split.sheet !== undefined && split.sheet.toLowerCase() !== sheet.name.toLowerCase())) {
    throw richError('InvalidCellAddress', `${address} is not a single cell of "${sheet.name}".`);
  }
  return boxAddress(box);
}

function denyIfProtected(sheet: FakeSheet): void {
  if (sheet.protection.protected && sheet.protection.options.allowEditObjects !== true) throw richError('AccessDenied', PROTECTED);
}

export class FakeNoteCollection extends FakeCollection<FakeSheet, FakeNote> {
  constructor(context: FakeRequestContext, resolve: () => FakeSheet | null) {
    super(context, { kind: 'NoteCollection', resolve });
  }
  protected override sheetOf(sheet: FakeSheet): FakeSheet {
    return sheet;
  }
  protected scalars(): Scalars<FakeSheet> {
    return {};
  }
  protected materialize(sheet: FakeSheet): FakeNote[] {
    return [...sheet.notes.keys()].map((key) => new FakeNote(this.context, () => ({ sheet, key })));
  }

  add(cellAddress: string | FakeRange, content: unknown): FakeNote {
    let created: NoteTarget | null = null;
    const proxy = new FakeNote(this.context, () => created);
    this.queueCall(
      'add',
      [typeof cellAddress === 'string' ? cellAddress : 'range', content],
      (sheet) => {
        const key = typeof cellAddress === 'string' ? cellKey(sheet, cellAddress) : rangeKey(sheet, cellAddress);
        denyIfProtected(sheet);
        if (sheet.notes.has(key)) throw richError('InvalidArgument', `The cell ${key} already has a note.`);
        sheet.notes.set(key, { content: String(content), authorName: 'Riskbook add-in' });
        created = { sheet, key };
        proxy.resolveTarget();
      },
      { minApi: NOTES_API },
    );
    return proxy;
  }

  private item(key: string, nullable: boolean): FakeNote {
    return new FakeNote(
      this.context,
      () => {
        const sheet = this.target();
        const cell = cellKey(sheet, key);
        return sheet.notes.has(cell) ? { sheet, key: cell } : null;
      },
      { nullable, createdBy: [key] },
    );
  }
  getItem(key: string): FakeNote {
    return this.item(key, false);
  }
  getItemOrNullObject(key: string): FakeNote {
    return this.item(key, true);
  }
}

function rangeKey(sheet: FakeSheet, range: FakeRange): string {
  const t = range.resolveTarget();
  if (!t || t.sheet !== sheet || t.box.rows !== 1 || t.box.cols !== 1) throw richError('InvalidCellAddress', 'The range is not a single cell of this sheet.');
  return boxAddress(t.box);
}

export class FakeNote extends FakeClientObject<NoteTarget> {
  constructor(context: FakeRequestContext, resolve: () => NoteTarget | null, options: { nullable?: boolean; createdBy?: readonly unknown[] } = {}) {
    super(context, { kind: 'Note', resolve, minApi: NOTES_API, ...options });
  }
  protected override sheetOf(t: NoteTarget): FakeSheet {
    return t.sheet;
  }
  protected scalars(): Scalars<NoteTarget> {
    return {
      content: (t) => entry(t).content,
      authorName: (t) => entry(t).authorName,
    };
  }
  get content(): Excel.Note['content'] {
    return this.loaded('content');
  }
  set content(content: Excel.Note['content']) {
    this.queueSet(
      'content',
      content,
      (t) => {
        denyIfProtected(t.sheet);
        entry(t).content = content;
      },
      { minApi: NOTES_API },
    );
  }
  get authorName(): Excel.Note['authorName'] {
    return this.loaded('authorName');
  }
  delete(): void {
    this.queueCall(
      'delete',
      [],
      (t) => {
        denyIfProtected(t.sheet);
        t.sheet.notes.delete(t.key);
      },
      { minApi: NOTES_API },
    );
  }
}

function entry(t: NoteTarget): FakeNoteEntry {
  const note = t.sheet.notes.get(t.key);
  if (!note) throw richError('ItemNotFound', `The cell ${t.key} has no note.`);
  return note;
}
