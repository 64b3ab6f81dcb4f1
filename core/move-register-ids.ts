/**
 * "Move the register's control ids to 2022": the one request that writes into a column of the
 * team's register that Riskbook otherwise only reads. A person asks for it explicitly; only the
 * Controls cells that cite an ISO/IEC 27001:2013 id change, each keeping its old text in a note
 * (annex-a/register-ids-to-2022.ts), and the change log records the move.
 */
import { registerIdsPlan } from './annex-a/register-ids-to-2022';
import type { EngineOptions, PlanResult } from './engine';
import { VERSION, inspect } from './engine';
import { changeLogSheetPlan, diffForChangeLog, recordedMethodologyHash } from './outputs/change-log';
import { methodologyHash } from './methodology/methodology-hash';
import { registerHash } from './register/register-hash';
import { contentAfter } from './workbook/memory-workbook';
import { SHEET_ROLES } from './workbook/names';
import type { WorkbookPlan } from './workbook/plan';
import type { WorkbookSnapshot } from './workbook/snapshot';
import { findSheet } from './workbook/snapshot';

export const REGISTER_IDS_TITLE = 'Control ids moved to Annex A 2022';

export interface RegisterIdsResult extends PlanResult {
  /** Controls cells rewritten; 0 when none cites a 2013 id (the plan is then empty). */
  readonly moved: number;
  /** One line for a toast or the command's report. */
  readonly title: string;
}

function cells(n: number): string {
  return n === 1 ? '1 control cell' : `${n} control cells`;
}

const EMPTY_PLAN: WorkbookPlan = { sheets: [], names: [] };

export function registerIdsTo2022(snapshot: WorkbookSnapshot, options: EngineOptions): RegisterIdsResult {
  const a = inspect(snapshot, options);
  const unchanged = (changes: readonly string[], title: string): RegisterIdsResult => ({
    findings: a.findings, summary: a.summary, usable: a.usable && a.location !== null, registerSheet: a.registerSheet,
    riskCount: a.riskCount, soaSheet: a.soaSheet, plan: EMPTY_PLAN, changes, moved: 0, title,
  });
  const location = a.location;
  const sheet = location ? findSheet(snapshot, location.sheet) : undefined;
  if (!location || !sheet) return unchanged([], '');
  const col = location.mapping.controls;
  if (col === undefined) return unchanged([`The register on "${location.sheet}" has no Controls column: nothing to move`], 'No control ids to move');

  const moved = registerIdsPlan({ sheet, col, rows: a.risks.map((r) => r.row), catalogue: a.catalogue, date: options.now.slice(0, 10) });
  const kept = moved.formulas > 0 ? [`${cells(moved.formulas)} citing 2013 ids hold formulas and were left as they are`] : [];
  if (moved.moved === 0) {
    return unchanged([`No control cell on "${location.sheet}" cites a 2013 id: nothing to move`, ...kept], 'No control ids to move');
  }
  const changes = [`${cells(moved.moved)} moved from 2013 to 2022 numbering on "${location.sheet}"; the original text is in each cell's note`, ...kept];

  const afterSnapshot = contentAfter(snapshot, { sheets: [moved.plan], names: [] });
  const final = inspect(afterSnapshot, options);
  const own = a.own;
  const stamp = {
    generator: options.generator ?? `Riskbook ${VERSION}`,
    generatedAt: options.now,
    methodologyVersion: final.methodology.version,
    methodologyHash: methodologyHash(final.methodology),
    registerHash: registerHash(final.risks),
  };
  const counts = final.summary;
  const log = changeLogSheetPlan(
    snapshot,
    {
      time: options.now,
      action: REGISTER_IDS_TITLE,
      summary: [`${final.risks.length} risk(s) checked: ${counts.errors} error(s), ${counts.warnings} warning(s), ${counts.infos} note(s)`, ...changes].join('; '),
      ...diffForChangeLog(snapshot, afterSnapshot, own.names),
      methodologyHashBefore: recordedMethodologyHash(snapshot, own.names),
      methodologyHashAfter: stamp.methodologyHash,
    },
    stamp,
    own.names,
  ).sheet;
  return {
    findings: final.findings, summary: final.summary, usable: true, registerSheet: final.registerSheet, riskCount: final.riskCount, soaSheet: final.soaSheet,
    plan: {
      sheets: [moved.plan, { ...log, name: own.names.changeLog, role: 'changeLog' }],
      names: [],
      sheetOrder: SHEET_ROLES.map((role) => own.names[role]),
    },
    changes,
    moved: moved.moved,
    title: REGISTER_IDS_TITLE,
  };
}
