/**
 * The team's own edits between two runs (Clause 7.5.3): register rows added, removed or changed,
 * and SoA decisions changed, from the fingerprints of the last run the trail keeps. Riskbook's
 * runs log what they did; this is what people did in between, so the Change log shows both.
 */
import { listCell } from '../outputs/change-log';
import type { LastRun, Trail } from './trail-sheet';
import type { TrailUpdate } from './update-trail';
import { soaChanges } from './soa-decisions';

export interface TeamEdits {
  readonly risksAdded: readonly string[];
  readonly risksRemoved: readonly string[];
  readonly risksChanged: readonly string[];
  /** `5.1 Applicable Yes → No`. */
  readonly soaChanged: readonly string[];
  readonly controlsNowApplicable: readonly string[];
  readonly controlsNowExcluded: readonly string[];
}

/** What people changed since the last run; null when no run was recorded or nothing changed. */
export function teamEdits(previous: Trail, update: TrailUpdate): TeamEdits | null {
  const before = previous.run;
  const after = update.trail.run;
  if (!before || !after) return null;
  const edits = compare(before, after);
  const any = edits.risksAdded.length + edits.risksRemoved.length + edits.risksChanged.length + edits.soaChanged.length > 0;
  return any ? edits : null;
}

function compare(before: LastRun, after: LastRun): TeamEdits {
  const risksAdded: string[] = [];
  const risksChanged: string[] = [];
  for (const [key, now] of after.risks) {
    const was = before.risks.get(key);
    if (!was) risksAdded.push(now.id);
    else if (was.fingerprint !== now.fingerprint) risksChanged.push(now.id);
  }
  const risksRemoved = [...before.risks].filter(([key]) => !after.risks.has(key)).map(([, r]) => r.id);
  // An SoA that appeared or went since the last run is Riskbook's doing, not a decision people changed.
  const compareSoa = before.soa.size > 0 && after.soa.size > 0;
  const changes = compareSoa ? soaChanges(before.soa, after.soa).filter((c) => before.soa.has(c.control) && after.soa.has(c.control)) : [];
  return {
    risksAdded,
    risksRemoved,
    risksChanged,
    soaChanged: changes.map((c) => `${c.control} ${c.fieldLabel} ${c.was === '' ? '(blank)' : c.was} → ${c.now === '' ? '(blank)' : c.now}`),
    controlsNowApplicable: changes.filter((c) => c.field === 'applicable' && c.now === 'Yes').map((c) => c.control),
    controlsNowExcluded: changes.filter((c) => c.field === 'applicable' && c.now === 'No').map((c) => c.control),
  };
}

/** The edits as the Change log's summary says them. */
export function teamEditsSummary(e: TeamEdits): string {
  const parts: string[] = [];
  if (e.risksAdded.length) parts.push(`register: ${e.risksAdded.length} risk(s) added (${listCell(e.risksAdded)})`);
  if (e.risksRemoved.length) parts.push(`register: ${e.risksRemoved.length} risk(s) removed (${listCell(e.risksRemoved)})`);
  if (e.risksChanged.length) parts.push(`register: ${e.risksChanged.length} risk(s) changed (${listCell(e.risksChanged)})`);
  if (e.soaChanged.length) parts.push(`SoA: ${e.soaChanged.length} decision(s) changed (${listCell(e.soaChanged)})`);
  return `Edits since the last run: ${parts.join('; ')}`;
}
