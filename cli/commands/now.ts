/** `--now`: the moment a command acts for. */
import { CliError } from '../errors';

/**
 * The moment the command acts for (review dates, stamps). `--now` makes runs reproducible; a
 * date alone means midnight UTC of that day.
 */
export function parseNow(text: string | undefined, clock: () => Date = () => new Date()): string {
  if (text === undefined) return clock().toISOString();
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text;
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(iso) ? Date.parse(iso) : NaN;
  // Date.parse rolls 2025-02-30 over into March; a typo must not silently move the date.
  const day = Number(iso.slice(8, 10));
  const rolledOver = !Number.isNaN(ms) && (day < 1 || day > new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0)).getUTCDate());
  if (Number.isNaN(ms) || rolledOver) {
    throw new CliError(`--now must be an ISO date or date-time such as 2025-03-31 or 2025-03-31T09:00:00Z, got "${text}"`);
  }
  return new Date(ms).toISOString();
}
