/**
 * The numbers the Excel host plans its round trips by (shared/notes/hosts.md §1.1 and "Suggested
 * budgets: Excel"), and the estimate of how many bytes a queued request costs.
 */

/**
 * What one write request aims at by the host's own estimate. Excel on the web rejects a request or
 * a response over 5 MB (RequestPayloadSizeLimitExceeded); the estimate counts the JSON of every
 * argument plus a fixed cost per call, so 3.5 MB keeps a real request clear of 4 MB.
 */
export const REQUEST_BUDGET_BYTES = 3.5 * 1024 * 1024;

/** What one read response aims at; `values` and `formulas` of text cells carry the text twice. */
export const RESPONSE_BUDGET_BYTES = 3.5 * 1024 * 1024;

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

/** Bytes `value` adds to a request once serialised, as Office.js sends it (JSON). */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : JSON.stringify(value).length;
}

/** Estimated request bytes of one call taking `args`. */
export function callBytes(...args: readonly unknown[]): number {
  let bytes = ACTION_OVERHEAD_BYTES;
  for (const a of args) bytes += jsonBytes(a);
  return bytes;
}
