/**
 * An SoA kept up to date (Clause 6.1.3 d), on Riskbook's SoA or the team's own: every applicable
 * control has an owner and an implementation status, and no control's row was last reviewed
 * longer ago than the methodology's review interval. A team SoA with no column for the owner, the
 * status or the review date does not use it: nothing is asked of it. A row never reviewed (no
 * date) is not judged: there is nothing to measure the interval from. Each is one finding for
 * all its rows.
 */
import { appendAll } from '../arrays';
import type { ControlCatalogue } from '../annex-a/types';
import { isoFromSerial } from '../dates';
import type { Finding } from '../findings/finding';
import type { CellFound } from '../findings/report';
import { findingsOnCells } from '../findings/report';
import type { Methodology } from '../methodology/types';
import type { SoaRow, SoaSheet } from '../outputs/soa';
import { isSoaHeading } from '../outputs/soa';

/** The rows that decide a control of the catalogue: not a heading, a row without an id, or an orphan. */
export function controlRows(soa: SoaSheet, catalogue: ControlCatalogue): SoaRow[] {
  return soa.rows.filter((r) => r.controlId !== '' && !r.orphaned && !isSoaHeading(r.controlId, catalogue) && catalogue.get(r.controlId) !== undefined);
}

export function soaUpkeepRules(soa: SoaSheet | null, catalogue: ControlCatalogue, methodology: Methodology, now: number): Finding[] {
  if (!soa) return [];
  const noOwner: CellFound[] = [];
  const noStatus: CellFound[] = [];
  const overdue: CellFound[] = [];
  const days = methodology.reviewIntervalDays;
  for (const row of controlRows(soa, catalogue)) {
    const params = { control: row.controlId };
    if (row.applicable === 'yes') {
      if (row.owner === '' && row.cells.owner !== '') noOwner.push({ cell: row.cells.owner, params });
      if (row.implementationStatus === '' && row.cells.implementationStatus !== '') noStatus.push({ cell: row.cells.implementationStatus, params });
    }
    // Whole days: a row reviewed exactly one interval ago is due today, not overdue.
    if (row.lastReviewed !== null && row.cells.lastReviewed !== '' && Math.floor(row.lastReviewed) + days < Math.floor(now)) {
      overdue.push({ cell: row.cells.lastReviewed, params: { ...params, date: isoFromSerial(row.lastReviewed) } });
    }
  }
  const out: Finding[] = [];
  appendAll(out, findingsOnCells('soa-owner-missing', soa.name, noOwner));
  appendAll(out, findingsOnCells('soa-status-missing', soa.name, noStatus));
  appendAll(out, findingsOnCells('soa-review-overdue', soa.name, overdue, { days }));
  return out;
}
