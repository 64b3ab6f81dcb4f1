/** Fake Workbook, Application and workbook-scoped names. */
import { parseBox, qualifiedAddress } from './addresses';
import type { Loadable, Scalars } from './client-object';
import { FakeClientObject, FakeCollection } from './client-object';
import { richError } from './errors';
import type { FakeName, FakeWorkbook } from './fake-workbook';
import type { FakeRange } from './range-proxies';
import type { FakeRequestContext } from './request-context';
import { FakeWorksheetCollection } from './worksheet-proxies';

export class FakeWorkbookProxy extends FakeClientObject<FakeWorkbook> {
  private worksheetsProxy: FakeWorksheetCollection | undefined;
  private namesProxy: FakeNamedItemCollection | undefined;
  private applicationProxy: FakeApplication | undefined;
  private protectionProxy: FakeWorkbookProtection | undefined;

  constructor(context: FakeRequestContext) {
    super(context, { kind: 'Workbook', resolve: () => context.excel.workbook });
  }
  protected scalars(): Scalars<FakeWorkbook> {
    return {};
  }
  protected override navigation(name: string): Loadable | undefined {
    if (name === 'worksheets' || name === 'names' || name === 'application' || name === 'protection') return this[name];
    return undefined;
  }
  get worksheets(): FakeWorksheetCollection {
    this.worksheetsProxy ??= new FakeWorksheetCollection(this.context, () => this.resolveTarget());
    return this.worksheetsProxy;
  }
  get names(): FakeNamedItemCollection {
    this.namesProxy ??= new FakeNamedItemCollection(this.context, () => this.resolveTarget());
    return this.namesProxy;
  }
  get application(): FakeApplication {
    this.applicationProxy ??= new FakeApplication(this.context, () => this.resolveTarget());
    return this.applicationProxy;
  }
  get protection(): FakeWorkbookProtection {
    this.protectionProxy ??= new FakeWorkbookProtection(this.context, () => this.resolveTarget());
    return this.protectionProxy;
  }
}

export class FakeApplication extends FakeClientObject<FakeWorkbook> {
  constructor(context: FakeRequestContext, resolve: () => FakeWorkbook | null) {
    super(context, { kind: 'Application', resolve });
  }
  protected scalars(): Scalars<FakeWorkbook> {
    return { calculationMode: () => 'Automatic' };
  }
  get calculationMode(): Excel.Application['calculationMode'] {
    return this.loaded('calculationMode');
  }
  /** Counted per sync: a host should call it once per write batch. */
  suspendApiCalculationUntilNextSync(): void {
    this.queueCall(
      'suspendApiCalculationUntilNextSync',
      [],
      () => {
        this.context.running.calculationSuspensions++;
      },
      { write: false, minApi: '1.6' },
    );
  }
  /** ExcelApi 1.9; counted per sync (calling it in a loop makes Excel flicker). */
  suspendScreenUpdatingUntilNextSync(): void {
    this.queueCall(
      'suspendScreenUpdatingUntilNextSync',
      [],
      () => {
        this.context.running.screenUpdatingSuspensions++;
      },
      { write: false, minApi: '1.9' },
    );
  }
}

export class FakeWorkbookProtection extends FakeClientObject<FakeWorkbook> {
  constructor(context: FakeRequestContext, resolve: () => FakeWorkbook | null) {
    super(context, { kind: 'WorkbookProtection', resolve });
  }
  protected scalars(): Scalars<FakeWorkbook> {
    return { protected: (wb) => wb.structureProtected };
  }
  get protected(): Excel.WorkbookProtection['protected'] {
    return this.loaded('protected');
  }
}

const NAME_SYNTAX = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

function nameType(formula: string): string {
  const body = formula.replace(/^=/, '');
  if (body.includes('#REF!')) return 'Error';
  if (/^-?\d+(\.\d+)?$/.test(body)) return 'Double';
  if (/^".*"$/.test(body)) return 'String';
  if (/^(TRUE|FALSE)$/i.test(body)) return 'Boolean';
  return 'Range';
}

export class FakeNamedItemCollection extends FakeCollection<FakeWorkbook, FakeNamedItem> {
  constructor(context: FakeRequestContext, resolve: () => FakeWorkbook | null) {
    super(context, { kind: 'NamedItemCollection', resolve });
  }
  protected scalars(): Scalars<FakeWorkbook> {
    return {};
  }
  protected materialize(wb: FakeWorkbook): FakeNamedItem[] {
    return [...wb.names.values()].map((n) => new FakeNamedItem(this.context, () => ({ wb, name: n })));
  }

  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    let created: NameTarget | null = null;
    const proxy = new FakeNamedItem(this.context, () => created);
    this.queueCall('add', [name, typeof reference === 'string' ? reference : 'range', comment ?? ''], (wb) => {
      if (!NAME_SYNTAX.test(name) || parseBox(name) || /^[rc]$/i.test(name)) throw richError('InvalidArgument', `"${name}" is not a valid name.`);
      if (wb.names.has(name.toLowerCase())) throw richError('ItemAlreadyExists', `The name ${name} already exists.`);
      let formula: string;
      if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
      else {
        const t = reference.resolveTarget()!;
        formula = `=${qualifiedAddress(t.sheet.name, t.box).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
      }
      const entry: FakeName = { name, formula, visible: true, comment: comment ?? '' };
      wb.names.set(name.toLowerCase(), entry);
      created = { wb, name: entry };
      proxy.resolveTarget();
    });
    return proxy;
  }

  private item(name: string, nullable: boolean): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      () => {
        const wb = this.resolveTarget();
        const n = wb?.names.get(name.toLowerCase());
        return wb && n ? { wb, name: n } : null;
      },
      { nullable, createdBy: [name] },
    );
  }
  getItem(name: string): FakeNamedItem {
    return this.item(name, false);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return this.item(name, true);
  }
}

interface NameTarget {
  readonly wb: FakeWorkbook;
  readonly name: FakeName;
}

export class FakeNamedItem extends FakeClientObject<NameTarget> {
  constructor(context: FakeRequestContext, resolve: () => NameTarget | null, options: { nullable?: boolean; createdBy?: readonly unknown[] } = {}) {
    super(context, { kind: 'NamedItem', resolve, ...options });
  }
  protected scalars(): Scalars<NameTarget> {
    return {
      name: (t) => t.name.name,
      formula: (t) => t.name.formula,
      type: (t) => nameType(t.name.formula),
      visible: (t) => t.name.visible,
      comment: (t) => t.name.comment,
      scope: () => 'Workbook',
    };
  }
  get name(): Excel.NamedItem['name'] {
    return this.loaded('name');
  }
  get type(): Excel.NamedItem['type'] {
    return this.loaded('type');
  }
  get visible(): Excel.NamedItem['visible'] {
    return this.loaded('visible');
  }
  get comment(): Excel.NamedItem['comment'] {
    return this.loaded('comment');
  }
  get formula(): Excel.NamedItem['formula'] {
    return this.loaded('formula');
  }
  /** ExcelApi 1.7. */
  set formula(formula: Excel.NamedItem['formula']) {
    this.queueSet(
      'formula',
      formula,
      (t) => {
        if (typeof formula !== 'string' || !formula.startsWith('=')) throw richError('InvalidArgument', 'A name formula starts with "=".');
        t.name.formula = formula;
      },
      { minApi: '1.7' },
    );
  }
  delete(): void {
    this.queueCall('delete', [], (t) => {
      t.wb.names.delete(t.name.name.toLowerCase());
    });
  }
}
