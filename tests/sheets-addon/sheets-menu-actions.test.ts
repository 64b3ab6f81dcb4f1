/**
 * The built bundle, loaded into node:vm with only the fake services, on the example register:
 * the menu, every menu action without the sidebar, and every function the sidebar calls. The
 * sheets it leaves must be those the reference workbook (MemoryWorkbook) makes of the same plan.
 */
import { SHEETS } from '../../core/workbook/names';
import type { PanelRequest } from '../../core/actions';
import { presetMethodology } from '../../core/methodology/presets';
import type { Methodology } from '../../core/methodology/types';
import { parseRange } from '../../core/workbook/a1';
import { FakeBooleanCondition, FakeConditionalFormatRule } from '../support/fake-sheets/fake-rules';
import { formatAt } from '../support/fake-sheets/seed';
import type { LoadedAddon } from '../support/sheets-bundle';
import { exampleAddon, fakeSnapshot, okOutcome, plainSheets, reference, request } from './sheets-test-kit';

const CAPTIONS = ['Recalculate & check traceability', 'Generate SoA', 'Generate RTP', 'Build heatmap', 'Start new assessment cycle', 'Set up register', 'Open panel'];

describe('the add-on menu', () => {
  let addon: LoadedAddon;
  beforeAll(async () => {
    addon = await exampleAddon();
    addon.call('onOpen', { authMode: 'NONE' });
    addon.call('onInstall', { authMode: 'FULL' });
  });

  it('onOpen and onInstall add the add-on menu with the six actions', () => {
    const menus = addon.google.ui.menus;
    expect(menus).toHaveLength(2);
    for (const menu of menus) {
      expect(menu.addOn).toBe(true);
      expect(menu.items.filter((i) => i !== 'separator').map((i) => (i as { caption: string }).caption)).toEqual(CAPTIONS);
    }
  });

  it('points every item at a top-level function of Code.js', () => {
    for (const item of addon.google.ui.menus[0]!.items) {
      if (item !== 'separator') expect(addon.topLevelFunctions).toContain(item.functionName);
    }
  });

  it('does nothing else while building the menu (AuthMode.NONE allows only that)', () => {
    const calls = addon.google.log.calls;
    expect(calls.every((c) => c.startsWith('Menu.') || c === 'SpreadsheetApp.getUi' || c === 'Ui.createAddonMenu')).toBe(true);
  });
});

describe.each([
  ['riskbookMenuRecalculate', 'recalc'],
  ['riskbookMenuGenerateSoa', 'soa'],
  ['riskbookMenuGenerateRtp', 'rtp'],
  ['riskbookMenuBuildHeatmap', 'heatmap'],
] as const)('menu: %s', (fn, action) => {
  let addon: LoadedAddon;
  let expected: ReturnType<typeof reference>;
  beforeAll(async () => {
    addon = await exampleAddon();
    expected = reference(fakeSnapshot(addon), { kind: 'generate', action });
    addon.call(fn);
  });

  it('reports with a toast, without the sidebar', () => {
    const toasts = addon.google.model.toasts;
    expect(toasts).toHaveLength(1);
    expect(toasts[0]!.title).toBe(okOutcome(expected.outcome).title);
    expect(toasts[0]!.message).toMatch(/\d+ error\(s\), \d+ warning\(s\)/);
    expect(addon.google.ui.alerts).toEqual([]);
  });

  it('leaves the sheets the reference workbook makes of the same plan', () => {
    expect(plainSheets(fakeSnapshot(addon))).toEqual(plainSheets(expected.after));
  });

  it('points every named range at a live sheet, as the plan says', () => {
    const names = fakeSnapshot(addon).names!;
    expect(new Map(names.map((n) => [n.name, n.reference]))).toEqual(new Map(expected.after.names!.map((n) => [n.name, n.reference])));
  });

  it('leaves no half-built sheet and the person on the sheet they were on', () => {
    expect(addon.google.model.sheets.some((s) => s.name.startsWith('~riskbook-build'))).toBe(false);
    expect(addon.google.model.active?.name).toBe('Risk register');
  });
});

describe('after a recalculation', () => {
  let addon: LoadedAddon;
  beforeAll(async () => {
    addon = await exampleAddon();
    addon.call('riskbookMenuRecalculate');
  });
  const sheet = (name: string) => addon.google.model.find(name)!;

  it('gives the register dropdowns from the Lists sheet, by its named ranges', () => {
    const register = sheet('Risk register');
    const likelihood = register.validation(5, 6)!;
    expect(likelihood.criteria).toBe('VALUE_IN_RANGE');
    expect(likelihood.source!.sheet.name).toBe(SHEETS.lists);
    expect(likelihood.source!.rect).toEqual(addon.google.model.names.get('RB_LikelihoodOptions')!.rect);
    expect(likelihood.allowInvalid).toBe(true);
  });

  it('leaves no dropdown pointing at a deleted sheet', () => {
    for (const s of addon.google.model.sheets) for (const line of s.validations) for (const v of line ?? []) if (v) expect(v.broken).toBe(false);
  });

  it('colours the register levels with conditional formats and keeps frozen header rows', () => {
    const rules = sheet('Risk register').cfRules;
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r.formula?.startsWith('='))).toBe(true);
    expect(sheet(SHEETS.rtp).frozenRows).toBeGreaterThan(0);
  });

  it('formats generated sheets as planned', () => {
    // The first appended header (R4) is formatted like the team's last one (Notes, Q4), and wraps.
    const register = sheet('Risk register');
    expect(formatAt(register, 'R4')).toEqual({ ...formatAt(register, 'Q4'), wrap: 'WRAP' });
    expect(sheet(SHEETS.lists).hidden).toBe(true);
    expect(sheet(SHEETS.settings).hidden).toBe(true);
    expect(sheet(SHEETS.rtp).filter).not.toBeNull();
  });

  it('merges what the plan merges', () => {
    const heatmap = sheet(SHEETS.heatmap);
    expect(heatmap.merges.length).toBeGreaterThan(0);
  });

  it('re-points its named ranges even where Sheets refuses to set a name that exists', () => {
    addon.google.model.refuseExistingNames = true;
    addon.call('riskbookMenuGenerateSoa');
    addon.google.model.refuseExistingNames = false;
    expect(addon.google.ui.alerts).toEqual([]);
    for (const [, entry] of addon.google.model.names) expect(entry.sheet.deleted).toBe(false);
  });

  it('recalculating again changes nothing but the change log', () => {
    const before = plainSheets(fakeSnapshot(addon)).filter((s) => s.name !== SHEETS.changeLog);
    const rules = sheet('Risk register').cfRules.length;
    addon.call('riskbookMenuRecalculate');
    const after = plainSheets(fakeSnapshot(addon)).filter((s) => s.name !== SHEETS.changeLog);
    expect(after).toEqual(before);
    expect(sheet('Risk register').cfRules).toHaveLength(rules);
  });

  it('keeps the conditional formats a person added to the register', () => {
    const register = sheet('Risk register');
    const ours = register.cfRules.length;
    // A person's own rule, made in Sheets, on their own column.
    const condition = new FakeBooleanCondition('CUSTOM_FORMULA', ['=$Q5<>""'], '#FFFF00', null, null);
    register.cfRules = [new FakeConditionalFormatRule(addon.google.model, condition, [{ sheet: register, rect: parseRange('Q5:Q45')! }]), ...register.cfRules];
    addon.call('riskbookMenuRecalculate');
    expect(register.cfRules).toHaveLength(ours + 1);
    expect(register.cfRules[0]!.formula).toBe('=$Q5<>""');
  });
});

describe('Set up register, from the menu', () => {
  it('says what the register is when the person is on it', async () => {
    const addon = await exampleAddon();
    addon.call('riskbookMenuSetUpRegister');
    expect(addon.google.ui.alerts).toHaveLength(1);
    expect(addon.google.ui.alerts[0]!.prompt).toMatch(/"Risk register" is the risk register: header row 4, 40 risk\(s\)/);
  });

  it('offers a new register on a sheet that is not one, and makes it when the person agrees', async () => {
    const addon = await exampleAddon();
    addon.google.model.newSheet('Notes', 1).cells.push([{ v: 'just notes', f: null }]);
    addon.google.model.find('Risk register')!.name = 'Old list';
    addon.google.model.find('Old list')!.cells.splice(0);
    addon.google.model.active = addon.google.model.find('Notes')!;
    addon.google.ui.answers.push('YES');
    addon.call('riskbookMenuSetUpRegister');
    expect(addon.google.ui.alerts[0]!.prompt).toMatch(/does not look like a risk register/);
    expect(addon.google.model.find('Risk register')).toBeDefined();
    expect(addon.google.model.toasts[0]!.title).toMatch(/Risk register/);
  });

  it('adopts the sheet the person is on when it reads as a register', async () => {
    const addon = await exampleAddon();
    addon.call('riskbookMenuRecalculate');
    const model = addon.google.model;
    const copy = model.newSheet('Our risks', 1);
    model.find('Risk register')!.cells.forEach((line, r) => line?.forEach((cell, c) => cell && !cell.f && copy.setCell(r, c, cell)));
    model.active = copy;
    addon.google.ui.answers.push('YES');
    addon.call('riskbookMenuSetUpRegister');
    expect(addon.google.ui.alerts[0]!.prompt).toMatch(/Use "Our risks" as the risk register\?/);
    expect(model.toasts.at(-1)!.title).toMatch(/"Our risks"/);
    const settings = model.find(SHEETS.settings)!;
    expect(settings.cells.some((line) => line?.[0]?.v === 'register.sheet' && line[1]?.v === 'Our risks')).toBe(true);
  });
});

describe('Open panel', () => {
  it('shows Sidebar.html from the pushed project, titled, at 300 px', async () => {
    const addon = await exampleAddon();
    addon.call('riskbookOpenPanel');
    expect(addon.google.ui.sidebars).toEqual([expect.objectContaining({ title: 'Riskbook', file: 'Sidebar', width: 300 })]);
    expect(addon.google.ui.sidebars[0]!.content).toContain('<div id="root">');
  });

  it('gives the page its viewport through addMetaTag, the only way HtmlService passes one on', async () => {
    const addon = await exampleAddon();
    addon.call('riskbookOpenPanel');
    const sidebar = addon.google.ui.sidebars[0]!;
    expect(sidebar.metaTags).toEqual([{ name: 'viewport', content: 'width=device-width, initial-scale=1' }]);
    // A meta tag written into the file would be ignored: none is left there to mislead.
    expect(sidebar.content).not.toMatch(/<meta\s+name=/i);
  });
});

describe('the sidebar server functions', () => {
  let addon: LoadedAddon;
  beforeAll(async () => {
    addon = await exampleAddon();
  });

  it('answers status without writing anything or taking the lock', () => {
    addon.google.log.reset();
    const status = okOutcome(request(addon, { kind: 'status' })).status;
    expect(status.register).toMatchObject({ sheet: 'Risk register', headerRow: 4, risks: 40 });
    expect(addon.google.log.counts().byCategory.lock).toBe(0);
    expect(addon.google.log.timeline).not.toContain('write');
  });

  it('previews and adopts a sheet, saves a mapping and a methodology, makes a new register', () => {
    const steps: PanelRequest[] = [
      { kind: 'previewSheet', sheet: 'Risk register' },
      { kind: 'adoptSheet', sheet: 'Risk register' },
      { kind: 'saveMapping', override: { owner: 'Risk owner' } },
      { kind: 'saveMethodology', methodology: presetMethodology('4x4') },
      { kind: 'newRegister', preset: '3x3' },
    ];
    for (const step of steps) {
      const before = fakeSnapshot(addon);
      const expected = reference(before, step);
      const outcome = okOutcome(request(addon, step));
      expect(outcome.title).toBe((expected.outcome as { title: string }).title);
      expect(plainSheets(fakeSnapshot(addon))).toEqual(plainSheets(expected.after));
    }
    expect(addon.google.model.find('Risk register 2')).toBeDefined();
  });

  it('reports problems a person can fix as outcomes, not failures', () => {
    const incomplete = { version: '' } as unknown as Methodology;
    const step: PanelRequest = { kind: 'saveMethodology', methodology: incomplete };
    const before = fakeSnapshot(addon);
    const outcome = request(addon, step);
    // The core's own words for this input, relayed as they are, and nothing written.
    expect(outcome).toEqual(reference(before, step).outcome);
    expect(outcome).toMatchObject({ ok: false, message: 'The methodology is not complete.' });
    expect(outcome.ok ? [] : outcome.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^version: /), expect.stringMatching(/^bands: /)]));
    expect(plainSheets(fakeSnapshot(addon))).toEqual(plainSheets(before));
  });

  it('rejects a request it does not understand with a message to show', () => {
    expect(() => addon.call('riskbookRequest', '{"kind":"deleteEverything"}')).toThrow(/did not understand the request/);
    expect(() => addon.call('riskbookRequest', 'not json')).toThrow(/not JSON/);
  });

  it('selects the cell a finding points at', () => {
    addon.call('riskbookSelectCells', 'Risk register', 'G7');
    expect(addon.google.model.active?.name).toBe('Risk register');
    expect(addon.google.model.activeRange?.rect).toEqual(parseRange('G7'));
    expect(() => addon.call('riskbookSelectCells', 'Nowhere', 'A1')).toThrow(/no sheet named "Nowhere"/);
  });

  it('selects every range of a finding about many cells at once, as one range list', () => {
    addon.call('riskbookSelectCells', 'Risk register', 'G7:G9,G12, H3');
    expect(addon.google.model.active?.name).toBe('Risk register');
    expect(addon.google.model.selection?.rects).toEqual([parseRange('G7:G9'), parseRange('G12'), parseRange('H3')]);
  });

  it('refuses a list that is not ranges, or longer than a finding sends', () => {
    for (const bad of ['', 'G7,', 'G7,not a cell', Array.from({ length: 101 }, (_, i) => `A${i + 1}`).join(',')]) {
      expect(() => addon.call('riskbookSelectCells', 'Risk register', bad)).toThrow('Riskbook: no such cell to show.');
    }
  });
});
