/**
 * Issue 10, item 6, on the in-memory host: "Riskbook owns only what it made … never lose or
 * corrupt what a person typed", checked on random workbooks (tests/support/team-workbooks.ts)
 * with the team's own sheets under every name Riskbook uses, a Methodology with defects and
 * annotations, a register with and without its own score and level columns, and notes people
 * typed on every generated sheet after an earlier run.
 *
 * Every action runs on each workbook (typed-cells-actions.ts): `check`, `generate` (recalc, SoA,
 * RTP, heatmap) and every panel request that writes (recalc, new register, adopt sheet, save
 * mapping, save methodology). After each, every cell a person typed is the same, at the same place
 * or the same key (typed-cells.ts); and every problem `check` reported about the Methodology or
 * the team's own columns and sheets before a recalculation is still reported after it.
 *
 * A failure prints the shrunk workbook in a few lines and each changed cell as
 * `Sheet!A1: before → after (rule)`, with the seed and path to replay it.
 */
import * as fc from 'fast-check';
import { check } from '../../core/engine';
import { matchHeader } from '../../core/register/fields';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/workbook/snapshot';
import type { TeamWorkbookSpec } from '../support/team-workbooks';
import { HEADER_WORDS, TEAM_NOW, buildTeamCase, tableHeaderRow, teamWorkbookSpec } from '../support/team-workbooks';
import { lostFindings, teamFindings, typedCellViolations } from './typed-cells';
import { assertProperty, replayParameters, memoryFailures, reportFailures } from './typed-cells-actions';

const NUM_RUNS = Number(process.env.RISKBOOK_TYPED_CELLS_RUNS ?? 40);
/** Replays a reported failure: `RISKBOOK_TYPED_CELLS_SEED=<seed> RISKBOOK_TYPED_CELLS_PATH=<path> npx jest <this file>`. */
const REPLAY = replayParameters();

describe('never loses typed cells, in-memory host (issue 10)', () => {
  it('keeps every cell a person typed through every action, and every problem reported before a recalc', async () => {
    await assertProperty(
      fc.property(teamWorkbookSpec, (spec) => {
        const c = buildTeamCase(spec);
        const failures = memoryFailures(c);
        if (failures.length > 0) throw new Error(reportFailures(c, failures, 'in-memory host'));
      }),
      { numRuns: NUM_RUNS, interruptAfterTimeLimit: 40_000, ...REPLAY },
    );
  }, 120_000);
});

/** A small workbook of each kind the generators make, built by hand for the checker's own tests. */
const SMALL: TeamWorkbookSpec = {
  register: {
    name: 'Risk register',
    titleRows: 1,
    risks: 2,
    columns: [
      { role: 'id', header: 'Risk ID', cells: ['R-1', 'R-2'] },
      { role: 'threat', header: 'Threat', cells: ['Phishing', 'Laptop theft'] },
      { role: 'owner', header: 'Risk owner', cells: ['Dana', 'Sam'] },
      { role: 'likelihood', header: 'Likelihood', cells: [4, 2] },
      { role: 'impact', header: 'Impact', cells: [5, 3] },
      { role: 'treatment', header: 'Treatment', cells: ['Mitigate', 'Mitigate'] },
      { role: 'controls', header: 'Controls', cells: ['5.1, 8.2', '8.1'] },
      { role: 'ownInherentScore', header: 'Risk score', cells: [99, null] },
    ],
  },
  teamSheets: [{ name: 'Heatmap', cells: [['our heatmap'], ['=not a formula', 3]], hidden: false }],
  otherSheets: [],
  methodology: { defects: [{ kind: 'bandMin', band: 1 }], beside: [{ pick: 12, text: 'ask Priya' }], below: [] },
  order: [],
  history: {
    heatmap: [{ place: 'right', pick: 3, offset: 1, value: 'see ticket 42' }],
    dashboard: [{ place: 'below', pick: 1, offset: 2, value: 'Shown to the board' }],
    checks: [],
    soa: [],
    rtp: [{ place: 'people', pick: 0, offset: 0, value: 'Train staff' }],
    controls: [],
    opportunities: [],
    changeLog: [],
    controlView: [{ place: 'right', pick: 2, offset: 0, value: 'Sampled in the audit' }],
  },
};

type Edit = (wb: { sheets: SheetSnapshot[] }) => void;

function edited(snapshot: WorkbookSnapshot, edit: Edit): WorkbookSnapshot {
  const copy = JSON.parse(JSON.stringify(snapshot)) as { sheets: SheetSnapshot[] };
  edit(copy);
  return copy;
}

type MutableSheet = { name: string; values: CellValue[][]; formulas: (string | null)[][]; hidden?: boolean };

function sheet(wb: { sheets: SheetSnapshot[] }, name: string): MutableSheet {
  return wb.sheets.find((s) => s.name === name) as unknown as MutableSheet;
}

describe('the typed-cell checker', () => {
  const c = buildTeamCase(SMALL);
  const rtpName = [...c.ledger.generated].find(([, role]) => role === 'rtp')![0];
  const rules = (after: WorkbookSnapshot): string[] => typedCellViolations(c.snapshot, after, c.ledger).map((v) => `${v.where} ${v.rule}`);

  it('the header words the generators use still name their fields', () => {
    const own: Record<string, string> = { ownInherentScore: 'inherentScore', ownInherentLevel: 'inherentLevel', ownResidualScore: 'residualScore', ownResidualLevel: 'residualLevel' };
    for (const [role, words] of Object.entries(HEADER_WORDS)) {
      for (const w of words) expect({ w, field: matchHeader(w) }).toEqual({ w, field: own[role] ?? role });
    }
  });

  it('finds nothing when nothing changed, and knows the notes it typed', () => {
    expect(rules(c.snapshot)).toEqual([]);
    // The team's "Heatmap" is theirs, so Riskbook's heatmap went beside it under a free name.
    expect(c.ledger.notes.map((n) => `${n.sheet}: ${String(n.value)}`).sort()).toEqual(['Riskbook Heatmap: see ticket 42', 'Dashboard: Shown to the board', `${rtpName}: Train staff`, 'Control view: Sampled in the audit'].sort());
    expect(c.ledger.methodologyNotes).toEqual(['ask Priya']);
  });

  it("notices a team sheet changed, hidden or moved among the team's sheets", () => {
    expect(rules(edited(c.snapshot, (wb) => void (sheet(wb, 'Heatmap').values[0]![0] = 'Heatmap')))).toEqual(['Heatmap!A1 team sheet unchanged']);
    expect(rules(edited(c.snapshot, (wb) => void (sheet(wb, 'Heatmap').hidden = true)))).toEqual(['Heatmap team sheet not hidden']);
    expect(rules(edited(c.snapshot, (wb) => wb.sheets.sort((a, b) => (a.name === 'Heatmap' ? -1 : b.name === 'Heatmap' ? 1 : 0))))).toEqual(['(sheet order) team sheets keep their order']);
  });

  it("notices a formula written into a blank of the team's own score column, not into Riskbook's appended columns", () => {
    // Row 4, column H: the team's "Risk score", left blank; row 3 holds 99.
    expect(rules(edited(c.snapshot, (wb) => void (sheet(wb, 'Risk register').formulas[3]![7] = '=D4*E4')))).toEqual(["Risk register!H4 nothing written into the team's own column"]);
    expect(rules(edited(c.snapshot, (wb) => void (sheet(wb, 'Risk register').values[2]![7] = 20)))).toEqual(['Risk register!H3 typed register cell kept']);
    const appended = sheet(c.snapshot as { sheets: SheetSnapshot[] }, 'Risk register').formulas[3]!.length - 1;
    expect(appended).toBeGreaterThan(7);
    expect(rules(edited(c.snapshot, (wb) => void (sheet(wb, 'Risk register').formulas[3]![appended] = '=1')))).toEqual([]);
  });

  it('notices a typed Methodology cell rewritten, but not a new stamp line', () => {
    const m = sheet(c.snapshot as { sheets: SheetSnapshot[] }, 'Methodology');
    const five = m.values.findIndex((r) => r.includes('five'));
    expect(five).toBeGreaterThan(0);
    expect(rules(edited(c.snapshot, (wb) => void (sheet(wb, 'Methodology').values[five]![1] = 5)))).toEqual([`Methodology!B${five + 1} Methodology kept where the team typed`]);
    expect(rules(edited(c.snapshot, (wb) => void (sheet(wb, 'Methodology').values[1]![0] = 'Generated by Riskbook 9 on 2027-01-01 · methodology v1.0 #ab · register #cd')))).toEqual([]);
  });

  it("follows a people's cell of the RTP by its key: rows may move, the cell may not leave its row", () => {
    const rtp = sheet(c.snapshot as { sheets: SheetSnapshot[] }, rtpName);
    const header = tableHeaderRow(rtp, 'rtp')!;
    const swap: Edit = (wb) => {
      const s = sheet(wb, rtpName);
      for (const grid of [s.values, s.formulas]) [grid[header + 1], grid[header + 2]] = [grid[header + 2]!, grid[header + 1]!];
    };
    expect(rules(edited(c.snapshot, swap))).toEqual([]);
    const actionCol = rtp.values[header]!.indexOf('Action');
    const moveNote: Edit = (wb) => {
      const s = sheet(wb, rtpName);
      s.values[header + 2]![actionCol] = s.values[header + 1]![actionCol]!;
      s.values[header + 1]![actionCol] = null;
    };
    expect(rules(edited(c.snapshot, moveNote))).toEqual([`${rtpName}!G${header + 2} [row "R-1 · 5.1", column "action"] people's cell on rtp kept`]);
  });

  it('holds a Heatmap note to its cell, unless a saved methodology reshaped the grids it sits by', () => {
    const note = c.ledger.notes.find((n) => n.sheet === 'Riskbook Heatmap')!;
    const moved = edited(c.snapshot, (wb) => {
      const h = sheet(wb, 'Riskbook Heatmap');
      h.values[note.row]![note.col + 1] = h.values[note.row]![note.col]!;
      h.values[note.row]![note.col] = null;
    });
    expect(rules(moved)).toHaveLength(1);
    expect(typedCellViolations(c.snapshot, moved, c.ledger, { methodologySaved: true })).toEqual([]);
    const lost = edited(c.snapshot, (wb) => void (sheet(wb, 'Riskbook Heatmap').values[note.row]![note.col] = null));
    expect(typedCellViolations(c.snapshot, lost, c.ledger, { methodologySaved: true })).toHaveLength(1);
  });

  it('notices a problem about the Methodology that is no longer reported', () => {
    const findings = check(c.snapshot, { now: TEAM_NOW }).findings;
    const about = teamFindings(findings, c.ledger);
    expect(about.some((k) => k.includes(' Methodology!'))).toBe(true);
    expect(lostFindings(findings, findings, c.ledger)).toEqual([]);
    expect(lostFindings(findings, findings.filter((f) => f.sheet !== 'Methodology'), c.ledger).length).toBeGreaterThan(0);
  });
});
