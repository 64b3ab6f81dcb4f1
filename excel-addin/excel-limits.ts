/**
 * The numbers the Excel host plans its round trips by (shared/notes/hosts.md §1.1 and "Suggested
 * budgets: Excel"), and the estimate of how many bytes a queued request costs.
 */

/**
 * Excel on the web refuses a request or a response over "5MB" of payload
 * (RequestPayloadSizeLimitExceeded; office-js-docs-pr,
 * docs/concepts/resource-limits-and-performance-optimization.md). The payload is JSON sent as
 * UTF-8, so it is counted in bytes, and "MB" read the stricter way.
 */
export const WEB_PAYLOAD_LIMIT_BYTES = 5_000_000;

/**
 * What one write request aims at by the host's own estimate, in UTF-8 bytes: the estimate counts
 * the JSON of every argument plus a fixed cost per call, and Office.js adds its own framing, so
 * 70 % of the limit keeps a real request clear of it. A request Excel refuses all the same is
 * split and sent again (excel-write-batches.ts).
 */
export const REQUEST_BUDGET_BYTES = 0.7 * WEB_PAYLOAD_LIMIT_BYTES;

/** What one read response aims at; `values` and `formulas` of text cells carry the text twice. */
export const RESPONSE_BUDGET_BYTES = 0.7 * WEB_PAYLOAD_LIMIT_BYTES;

/**
 * The first read takes at most this much of each sheet, before the host knows how big the sheets
 * are: a register of a few thousand rows arrives in that one round trip, a bigger one in blocks
 * sized by what the first window weighed.
 */
export const FIRST_READ_WINDOW = { rows: 2500, columns: 64 } as const;

/** Excel may return null for a read over 5,000,000 cells; blocks stay far below it. */
export const READ_BLOCK_MAX_CELLS = 1_000_000;

/** "Start with 5k–20k rows" per block (docs/excel/excel-add-ins-ranges-large.md). */
export const READ_BLOCK_MAX_ROWS = 20_000;

/** Assumed weight of a cell (value and formula) when a sheet's first window held no rows. */
export const DEFAULT_CELL_BYTES = 64;

/** Fixed cost of one queued call in a request: object path, action type, property name. */
export const ACTION_OVERHEAD_BYTES = 64;

/**
 * Bytes of `text` in UTF-8: one for ASCII, two or three for other characters (Greek, Cyrillic,
 * Chinese), four for a surrogate pair. A UTF-16 length would count a Chinese register at a third
 * of what it weighs on the wire.
 */
export function utf8Bytes(text: string): number {
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

/** Bytes `value` adds to a request once serialised, as Office.js sends it: JSON, in UTF-8. */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : utf8Bytes(JSON.stringify(value));
}

/** Estimated request bytes of one call taking `args`. */
export function callBytes(...args: readonly unknown[]): number {
  let bytes = ACTION_OVERHEAD_BYTES;
  for (const a of args) bytes += jsonBytes(a);
  return bytes;
}
