/**
 * What a person asks of the task pane or a menu, answered the same on every host: a plan to
 * apply (or none) and a plain-JSON outcome whose status already describes the workbook after it.
 */
import type { PanelRequest, PanelResponse } from '../../../core/actions';
import { PANEL_FINDINGS_LIMIT, respond } from '../../../core/actions';
import { check } from '../../../core/engine';
import { presetMethodology } from '../../../core/methodology/presets';
import type { Methodology } from '../../../core/methodology/types';
import { SHEETS } from '../../../core/workbook/names';
import type { WorkbookSnapshot } from '../../../core/workbook/snapshot';
import { generateRegister } from '../../support/register-generator';
import { NOW, REGISTER, applyPlan, sheet, threeRiskRegister } from '../engine/engine-fixtures';

const options = { now: NOW };

function ask(snapshot: WorkbookSnapshot, request: PanelRequest): PanelResponse & { after: WorkbookSnapshot } {
  const response = respond(snapshot, request, options);
  return { ...response, after: response.plan ? applyPlan(snapshot, response.plan) : snapshot };
}

function okStatus(r: PanelResponse) {
  if (!r.outcome.ok) throw new Error(`expected ok, got: ${r.outcome.message}`);
  return r.outcome.status;
}

describe('status', () => {
  const r = ask(threeRiskRegister(), { kind: 'status' });
  const status = okStatus(r);

  it('changes nothing', () => {
    expect(r.plan).toBeNull();
  });

  it('names the register, its header row and its risks', () => {
    expect(status.register).toMatchObject({ sheet: REGISTER, headerRow: 3, risks: 3 });
    expect(status.register?.fields.map((f) => f.field)).toEqual(expect.arrayContaining(['id', 'owner', 'likelihood', 'impact']));
    expect(status.register?.userColumns).toEqual([{ column: 'L', header: 'Team notes' }]);
  });

  it('says the method inferred from the register is in force while the workbook has none', () => {
    expect(status.methodology).toMatchObject({ found: false, version: '1.0', scoring: 'multiply' });
    // The register rates likelihood 1 to 4 ("Rare", "2 - Unlikely", 4): a 4-level scale.
    expect(status.methodology.likelihood.map((l) => l.label)).toEqual(['Rare', 'Unlikely', 'Likely', 'Almost certain']);
  });

  it('counts each scored risk once in the inherent heatmap, highest likelihood first', () => {
    const grid = status.heatmap!;
    expect(grid.likelihood[0]).toBe('4 - Almost certain');
    expect(grid.inherent.flat().reduce((a, b) => a + b, 0)).toBe(3);
    // R-001 is 4 x Major (5): row "4 - Almost certain", column "5 - Major", scored 20 and High.
    expect(grid.inherent[0]![4]).toBe(1);
    expect(grid.colours[0]![4]).toBe(presetMethodology('5x5').bands.find((b) => b.name === 'High')!.colour);
  });

  it('lists the findings check() finds, and the sheets that exist', () => {
    expect(status.findings.map((f) => f.code)).toEqual(check(threeRiskRegister(), options).findings.map((f) => f.code));
    expect(status.sheets).toEqual({ soa: null, rtp: null, heatmap: null, checks: null, methodology: null });
    expect(status.candidateSheets).toEqual([REGISTER]);
  });

  it('survives JSON, as google.script.run and postMessage carry it', () => {
    expect(JSON.parse(JSON.stringify(r.outcome))).toEqual(r.outcome);
  });
});

describe('a large register', () => {
  it('sends at most the panel limit of findings and counts the rest', () => {
    const { snapshot } = generateRegister({ risks: 2000, seed: 7, gapRate: 0.5 });
    const status = okStatus(ask(snapshot, { kind: 'status' }));
    const all = check(snapshot, options).findings.length;
    expect(all).toBeGreaterThan(PANEL_FINDINGS_LIMIT);
    expect(status.findings).toHaveLength(PANEL_FINDINGS_LIMIT);
    expect(status.findingsNotShown).toBe(all - PANEL_FINDINGS_LIMIT);
  });
});

describe('generate', () => {
  it('recalculates and reports the workbook as it now is', () => {
    const r = ask(threeRiskRegister(), { kind: 'generate', action: 'recalc' });
    const status = okStatus(r);
    expect(r.plan).not.toBeNull();
    expect(status.sheets).toEqual({ soa: 'Statement of Applicability', rtp: 'Risk Treatment Plan', heatmap: 'Heatmap', checks: 'Checks', methodology: 'Methodology' });
    expect(status.findings.map((f) => f.code)).toEqual(check(r.after, options).findings.map((f) => f.code));
  });

  it('builds one sheet at a time', () => {
    const r = ask(threeRiskRegister(), { kind: 'generate', action: 'soa' });
    expect(okStatus(r).sheets.soa).toBe('Statement of Applicability');
    expect(okStatus(r).sheets.rtp).toBeNull();
  });

  it('answers a workbook without a register with a message, not a plan', () => {
    const r = ask({ sheets: [{ name: 'Budget', values: [['Item', 'Cost']] }] }, { kind: 'generate', action: 'recalc' });
    expect(r.plan).toBeNull();
    expect(r.outcome).toMatchObject({ ok: false, message: expect.stringContaining('Set up register') });
  });
});

describe('setting up a register', () => {
  it('starts a new one beside an existing sheet of the same name', () => {
    const r = ask(threeRiskRegister(), { kind: 'newRegister', preset: '4x4' });
    expect(r.after.sheets.map((s) => s.name)).toContain(`${REGISTER} 2`);
    // The existing register's sheet is untouched.
    expect(sheet(r.after, REGISTER).values[3]).toEqual(sheet(threeRiskRegister(), REGISTER).values[3]);
  });

  it('starts a new one with the chosen preset in an empty workbook', () => {
    const r = ask({ sheets: [{ name: 'Sheet1', values: [] }] }, { kind: 'newRegister', preset: '3x3' });
    expect(okStatus(r).methodology.likelihood).toHaveLength(3);
    expect(okStatus(r).register?.sheet).toBe(REGISTER);
  });

  it('previews the mapping of a sheet before adopting it, without changing anything', () => {
    const r = ask(threeRiskRegister(), { kind: 'previewSheet', sheet: REGISTER });
    expect(r.plan).toBeNull();
    expect(r.outcome.ok && r.outcome.preview?.fields.find((f) => f.field === 'threat')).toMatchObject({ column: 'C', header: 'Threat' });
  });

  it('refuses to preview a sheet that is not a register, saying what it looks for', () => {
    const wb: WorkbookSnapshot = { sheets: [...threeRiskRegister().sheets, { name: 'Budget', values: [['Item', 'Cost'], ['Laptops', 1200]] }] };
    expect(ask(wb, { kind: 'previewSheet', sheet: 'Budget' }).outcome).toMatchObject({ ok: false, message: expect.stringContaining('Risk ID') });
    expect(ask(wb, { kind: 'previewSheet', sheet: 'Nope' }).outcome).toMatchObject({ ok: false });
  });

  it('adopts a sheet and remembers it', () => {
    const r = ask(threeRiskRegister(), { kind: 'adoptSheet', sheet: REGISTER });
    expect(okStatus(r).register?.sheet).toBe(REGISTER);
    expect(r.after.sheets.map((s) => s.name)).toContain(SHEETS.settings);
  });
});

describe('correcting the mapping', () => {
  // "Accountable" is no header Riskbook knows for the risk owner.
  const register = (): WorkbookSnapshot => {
    const wb = threeRiskRegister();
    const s = wb.sheets[0]!;
    const values = s.values.map((row) => [...row]);
    values[2]![3] = 'Accountable';
    return { sheets: [{ ...s, values }] };
  };

  it('starts with the owner missing', () => {
    const status = okStatus(ask(register(), { kind: 'status' }));
    expect(status.register?.missing.map((m) => m.field)).toContain('owner');
  });

  it('maps a field to the column a person names, and keeps it for the next run', () => {
    const r = ask(register(), { kind: 'saveMapping', override: { owner: 'Accountable' } });
    expect(okStatus(r).register?.fields.find((f) => f.field === 'owner')).toMatchObject({ column: 'D', header: 'Accountable' });
    const again = okStatus(ask(r.after, { kind: 'status' }));
    expect(again.register?.fields.find((f) => f.field === 'owner')?.column).toBe('D');
    expect(check(r.after, options).findings.map((f) => f.code)).not.toContain('risk-owner-missing');
  });

  it('refuses a column that is not in the header row', () => {
    const r = ask(register(), { kind: 'saveMapping', override: { owner: 'Nobody' } });
    expect(r.plan).toBeNull();
    expect(r.outcome).toMatchObject({ ok: false, problems: ['owner: "Nobody"'] });
  });
});

describe('editing the methodology', () => {
  const edited = (change: (m: Methodology) => Methodology): Methodology => change(presetMethodology('5x5'));

  it('writes the Methodology sheet and rescores with it', () => {
    const m = edited((m) => ({ ...m, version: '2.0', likelihood: m.likelihood.map((l) => (l.value === 5 ? { ...l, label: 'Very likely' } : l)) }));
    const r = ask(threeRiskRegister(), { kind: 'saveMethodology', methodology: m });
    const status = okStatus(r);
    expect(status.methodology).toMatchObject({ found: true, version: '2.0' });
    expect(status.methodology.likelihood[4]!.label).toBe('Very likely');
    expect(check(r.after, options).findings.map((f) => f.code)).not.toContain('methodology-missing');
  });

  it('writes nothing when the bands overlap, and says why', () => {
    const m = edited((m) => ({ ...m, bands: m.bands.map((b) => (b.name === 'Medium' ? { ...b, min: 3 } : b)) }));
    const r = ask(threeRiskRegister(), { kind: 'saveMethodology', methodology: m });
    expect(r.plan).toBeNull();
    expect(r.outcome.ok).toBe(false);
    expect(!r.outcome.ok && r.outcome.problems?.join(' ')).toMatch(/Low.*Medium|Medium.*Low/);
  });

  it('rejects malformed input from a panel (a colour that is not #RRGGBB) as a problem list', () => {
    const m = edited((m) => ({ ...m, bands: m.bands.map((b) => ({ ...b, colour: 'red' })) }));
    const r = ask(threeRiskRegister(), { kind: 'saveMethodology', methodology: m });
    expect(r.outcome).toMatchObject({ ok: false, problems: expect.arrayContaining([expect.stringContaining('bands.0.colour')]) });
  });
});
