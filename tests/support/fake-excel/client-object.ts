/**
 * The base of every fake proxy, with Office.js's rules: a proxy is bound to its object when its
 * creating call runs in a sync (so `getItem` of a sheet added earlier in the same batch works, and
 * a renamed sheet keeps its proxy); `*OrNullObject` proxies bound to nothing report
 * `isNullObject` (readable only after a sync); properties are readable only once loaded and
 * synced; setters and methods act on the object only when the sync runs them.
 */
import { notLoaded, richError } from './errors';
import type { FakeSheet } from './fake-workbook';
import type { FakeRequestContext, OperationKind } from './request-context';

export type LoadSpec = string | string[] | { select?: string; expand?: string };

/** Scalar properties a proxy can load: name → read from the target. */
export type Scalars<T> = Readonly<Record<string, (target: T) => unknown>>;

/**
 * Bytes of `text` in UTF-8, as it travels: Excel on the web's 5 MB limit is on the payload, where
 * a character of non-Latin text takes two or three bytes, never the one a UTF-16 length counts.
 * Counted by hand: this module runs in the browser too, and Buffer is Node's.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes `value` takes in a request or response: its JSON, in UTF-8. */
function jsonLength(value: unknown): number {
  if (value === undefined) return 0;
  const json = JSON.stringify(value) as string | undefined;
  return json === undefined ? 0 : utf8Length(json);
}

function paths(spec: LoadSpec | undefined): string[] {
  if (spec === undefined) return [];
  if (Array.isArray(spec)) return spec.flatMap((s) => paths(s));
  if (typeof spec === 'object') return [...paths(spec.select ?? ''), ...paths(spec.expand ?? '')];
  return spec
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Counts load operations, so one load's paths share the items it materialised. */
let loadCounter = 0;

/** What loading needs of a child or item proxy, whatever it stands for. */
export interface Loadable {
  loadOwn(segments: readonly string[]): number;
}

export interface ProxyOptions<T> {
  readonly kind: string;
  readonly resolve: () => T | null;
  /** `*OrNullObject` results (and their children) may resolve to nothing. */
  readonly nullable?: boolean;
  /**
   * Arguments of the creating call, for a proxy a method returns: binding is then an operation
   * of its own, run in order. Navigation properties (`range.format`) bind when first used.
   */
  readonly createdBy?: readonly unknown[];
  /** ExcelApi set the creating call needs. */
  readonly minApi?: string;
}

export abstract class FakeClientObject<T> {
  readonly objectKind: string;
  private readonly resolver: () => T | null;
  private readonly nullable: boolean;
  private bound: { readonly target: T | null } | undefined;
  private settled = false;
  private readonly loadedValues = new Map<string, unknown>();

  protected constructor(
    readonly context: FakeRequestContext,
    options: ProxyOptions<T>,
  ) {
    this.objectKind = options.kind;
    this.resolver = options.resolve;
    this.nullable = options.nullable ?? false;
    context.countProxy(options.kind);
    if (options.createdBy) {
      context.enqueue({
        kind: 'bind',
        objectKind: this.objectKind,
        member: 'create',
        bytes: jsonLength(options.createdBy),
        write: false,
        ...(options.minApi !== undefined ? { minApi: options.minApi } : {}),
        sheet: () => undefined,
        execute: () => {
          this.resolveTarget();
          this.markSettled();
          return 0;
        },
      });
    }
  }

  /** Scalar properties this proxy can load. */
  protected abstract scalars(): Scalars<T>;

  /** The navigation property `name` (a child proxy), if this class has one. */
  protected navigation(_name: string): Loadable | undefined {
    return undefined;
  }

  /** The sheet the target belongs to, for operation records. */
  protected sheetOf(_target: T): FakeSheet | undefined {
    return undefined;
  }

  /** Resolves (once) what this proxy stands for; throws ItemNotFound for a missing non-null object. */
  resolveTarget(): T | null {
    if (this.bound) return this.bound.target;
    const target = this.resolver();
    if (target === null && !this.nullable) throw richError('ItemNotFound', `The requested resource doesn't exist (${this.objectKind}).`);
    this.bound = { target };
    return target;
  }

  /** The target of an operation that needs a real object. */
  protected target(): T {
    const target = this.resolveTarget();
    if (target === null) throw richError('InvalidOperation', `The ${this.objectKind} does not exist (it is a null object).`);
    const sheet = this.sheetOf(target);
    if (sheet?.deleted) throw richError('ItemNotFound', `The requested resource doesn't exist (sheet "${sheet.name}" was deleted).`);
    return target;
  }

  markSettled(): void {
    this.context.afterSync(() => {
      this.settled = true;
    });
  }

  get isNullObject(): boolean {
    if (!this.settled) throw notLoaded('isNullObject');
    return this.bound?.target === null;
  }

  private sheetName(): string | undefined {
    const t = this.bound ? this.bound.target : this.resolveTarget();
    return t === null ? undefined : this.sheetOf(t)?.name;
  }

  load(spec?: LoadSpec): this {
    const list = paths(spec);
    this.context.enqueue({
      kind: 'load',
      objectKind: this.objectKind,
      member: list.join(','),
      bytes: jsonLength(list),
      write: false,
      sheet: () => this.sheetName(),
      execute: () => {
        loadCounter++;
        const target = this.resolveTarget();
        this.markSettled();
        if (target === null) return 4;
        if (list.length === 0) return this.loadAll(target);
        return list.reduce((n, p) => n + this.loadPath(p.split('/'), target), 0);
      },
    });
    return this;
  }

  /** Loads every scalar property (a load without arguments). */
  loadAll(target: T): number {
    let bytes = 2;
    for (const name of Object.keys(this.scalars())) bytes += this.loadScalar(name, target);
    return bytes;
  }

  private loadScalar(name: string, target: T): number {
    const read = this.scalars()[name];
    if (!read) throw richError('InvalidArgument', `The property '${name}' does not exist on ${this.objectKind}.`);
    const value = read(target);
    this.context.afterSync(() => this.loadedValues.set(name, value));
    return jsonLength(value) + utf8Length(name) + 4;
  }

  /** Loads one path such as `format/font/bold` or, on a collection, `items/name`. */
  loadPath(segments: readonly string[], target: T): number {
    const [head, ...rest] = segments;
    if (head === undefined) return this.loadAll(target);
    if (rest.length === 0 && this.scalars()[head]) return this.loadScalar(head, target);
    const child = this.navigation(head);
    if (!child) throw richError('InvalidArgument', `The property '${head}' does not exist on ${this.objectKind}.`);
    return child.loadOwn(rest);
  }

  /** Loads paths (all scalars when none) on this proxy's own target. */
  loadOwn(segments: readonly string[]): number {
    const target = this.resolveTarget();
    this.markSettled();
    if (target === null) return 4;
    return segments.length === 0 ? this.loadAll(target) : this.loadPath(segments, target);
  }

  /** A loaded property, or PropertyNotLoaded. */
  protected loaded<V>(name: string): V {
    if (!this.loadedValues.has(name)) throw notLoaded(name);
    return this.loadedValues.get(name) as V;
  }

  private enqueueAction(kind: OperationKind, member: string, bytes: number, apply: (target: T) => void, write: boolean, minApi: string | undefined): void {
    this.context.enqueue({
      kind,
      objectKind: this.objectKind,
      member,
      bytes: utf8Length(member) + bytes,
      write,
      ...(minApi !== undefined ? { minApi } : {}),
      sheet: () => this.sheetName(),
      execute: () => {
        apply(this.target());
        return 0;
      },
    });
  }

  /** Queues setting a property. */
  protected queueSet(member: string, value: unknown, apply: (target: T) => void, options: { minApi?: string } = {}): void {
    this.enqueueAction('set', member, jsonLength(value), apply, true, options.minApi);
  }

  /** Queues a method call. */
  protected queueCall(member: string, args: readonly unknown[], apply: (target: T) => void, options: { write?: boolean; minApi?: string } = {}): void {
    this.enqueueAction('call', member, jsonLength(args), apply, options.write ?? true, options.minApi);
  }
}

/** A collection proxy: `items` is readable once `load('items/…')` ran. */
export abstract class FakeCollection<T, I extends Loadable> extends FakeClientObject<T> {
  private loadedItems: I[] | undefined;
  private current: { readonly load: number; readonly items: I[] } | undefined;

  /** Proxies for the collection's members now, bound to them. */
  protected abstract materialize(target: T): I[];

  get items(): I[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }

  override loadAll(target: T): number {
    return this.loadPath(['items'], target);
  }

  override loadPath(segments: readonly string[], target: T): number {
    if (segments[0] !== 'items') return super.loadPath(segments, target);
    let items: I[];
    if (this.current?.load === loadCounter) items = this.current.items;
    else {
      items = this.materialize(target);
      this.current = { load: loadCounter, items };
      this.context.afterSync(() => {
        this.loadedItems = items;
      });
    }
    const rest = segments.slice(1);
    let bytes = 2;
    for (const item of items) bytes += item.loadOwn(rest);
    return bytes;
  }
}
