/**
 * LockService and PropertiesService as Apps Script has them, including their nulls: no document
 * lock or document properties outside a bound script or add-on. Another editor's run holding the
 * lock is simulated with `otherHolds`. Property values are limited to 9 KB and the store to
 * 500 KB, in UTF-8 bytes ("9kB / val", "500kB / property store", Apps Script quotas); every write
 * is checked against them, and values are kept as UTF-8 text.
 */
import { FakeObject } from './call-log';

export class LockModel {
  held: 'document' | 'script' | null = null;
  /** Another execution holds the lock: waitLock times out. */
  otherHolds = false;
  acquired = 0;
  released = 0;
}

export class Lock extends FakeObject {
  readonly kind = 'Lock';
  constructor(
    private readonly model: LockModel,
    private readonly scope: 'document' | 'script',
  ) {
    super();
  }
  waitLock(timeoutMs: number): void {
    if (!Number.isInteger(timeoutMs) || timeoutMs < 0) throw new Error('Invalid lock timeout');
    if (this.model.otherHolds) throw new Error('Lock timeout: another process was holding the lock for too long.');
    this.model.held = this.scope;
    this.model.acquired++;
  }
  tryLock(timeoutMs: number): boolean {
    try {
      this.waitLock(timeoutMs);
      return true;
    } catch {
      return false;
    }
  }
  hasLock(): boolean {
    return this.model.held === this.scope;
  }
  releaseLock(): void {
    if (this.model.held === this.scope) this.model.released++;
    this.model.held = null;
  }
}

export class LockService extends FakeObject {
  readonly kind = 'LockService';
  constructor(
    private readonly model: LockModel,
    private readonly bound: boolean,
  ) {
    super();
  }
  getDocumentLock(): Lock | null {
    return this.bound ? new Lock(this.model, 'document') : null;
  }
  getScriptLock(): Lock {
    return new Lock(this.model, 'script');
  }
}

export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * A value as the store keeps it: UTF-8 text, in which half a surrogate pair (a string cut inside
 * an emoji) cannot be written and comes back as U+FFFD.
 */
const asStored = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');

export class Properties extends FakeObject {
  readonly kind = 'Properties';
  readonly store = new Map<string, string>();

  private check(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) {
      if (bytes(v) > MAX_VALUE_BYTES) throw new Error(`Argument too large: value (property "${k}")`);
      total += bytes(k) + bytes(v);
    }
    if (total > MAX_STORE_BYTES) throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    return this.setProperties({ [key]: value }, false);
  }
  setProperties(props: Record<string, string>, deleteAllOthers = false): this {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store);
    for (const [k, v] of Object.entries(props)) next.set(asStored(k), asStored(String(v)));
    this.check(next);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
    return this;
  }
  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
}

export class PropertiesService extends FakeObject {
  readonly kind = 'PropertiesService';
  constructor(
    private readonly document: Properties | null,
    private readonly script: Properties,
    private readonly user: Properties,
  ) {
    super();
  }
  getDocumentProperties(): Properties | null {
    return this.document;
  }
  getScriptProperties(): Properties {
    return this.script;
  }
  getUserProperties(): Properties {
    return this.user;
  }
}
