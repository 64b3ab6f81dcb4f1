/**
 * A short, stable content hash (FNV-1a, 64-bit via two 32-bit lanes) for stamping generated
 * sheets with the methodology and register they came from. Not for security.
 */
export function shortHash(text: string): string {
  const hash = new ShortHasher();
  hash.add(text);
  return hash.digest();
}

/**
 * `shortHash` of a text given in pieces, one after the other: the same hash as of the pieces
 * joined, without the joined text (the register's hash covers 50,000 risks' worth of it).
 */
export class ShortHasher {
  private h1 = 0x811c9dc5;
  private h2 = 0x01000193 ^ 0x5bd1e995;

  add(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
      h2 = (h2 ^ (h2 >>> 15)) >>> 0;
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  /** The text JSON.stringify writes for `value`, a string, a number or null. */
  addJson(value: string | number | null): void {
    if (typeof value === 'string') {
      if (ESCAPED_IN_JSON.test(value)) this.add(JSON.stringify(value));
      else {
        this.add('"');
        this.add(value);
        this.add('"');
      }
    } else this.add(value === null || !Number.isFinite(value) ? 'null' : String(value));
  }

  digest(): string {
    return (this.h1.toString(16).padStart(8, '0') + this.h2.toString(16).padStart(8, '0')).slice(0, 10);
  }
}

/**
 * A character JSON may write escaped: a quote, a backslash, a control character (those above
 * U+007F it writes as they are, and are left to it too) or half of a surrogate pair.
 */
export const ESCAPED_IN_JSON = /["\\\p{Cc}\p{Cs}]/u;

/** Hash of a JSON-able value with keys in a stable order. */
export function hashOf(value: unknown): string {
  return shortHash(stableStringify(value));
}

export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableStringify(obj[k])}`)
    .join(',')}}`;
}

/** The character codes of 0-9 and a-f. */
const HEX_DIGITS: readonly number[] = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));

/**
 * Adds fields one at a time to a 32-bit FNV-1a hash, without building a text of them first: for
 * fingerprints computed for every risk of every run (a register of 50,000 risks). Each field is
 * followed by a separator, so moving text from one field to the next changes the hash. A class,
 * so the engine's calls stay monomorphic and inline (a closure per risk timed slower).
 */
export class FieldHasher {
  private h = 0x811c9dc5;

  add(text: string): void {
    let h = this.h;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    this.h = Math.imul(h ^ 0x1f, 0x01000193);
  }

  /** The hash so far, as 8 hex digits: written as one string, not converted and then padded. */
  digest(): string {
    const h = this.h;
    return String.fromCharCode(
      HEX_DIGITS[(h >>> 28) & 15]!, HEX_DIGITS[(h >>> 24) & 15]!, HEX_DIGITS[(h >>> 20) & 15]!, HEX_DIGITS[(h >>> 16) & 15]!,
      HEX_DIGITS[(h >>> 12) & 15]!, HEX_DIGITS[(h >>> 8) & 15]!, HEX_DIGITS[(h >>> 4) & 15]!, HEX_DIGITS[h & 15]!,
    );
  }
}
