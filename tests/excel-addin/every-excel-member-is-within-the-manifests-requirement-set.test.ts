/**
 * An Excel that lacks a set the manifest requires does not list the add-in at all, and one that
 * has it answers ApiNotFound for any member of a later set (shared/notes/hosts.md §1.2). So every
 * Office.js member the Excel host uses must be in the manifest's requirement set, or sit behind a
 * check that the running Excel has the later set. The sets are read from the `[Api set: ExcelApi
 * x.y]` annotations of @types/office-js, the minimum from manifest.xml, and the checks from the
 * code (tests/support/excel-api-sets.ts says what counts as one). The fake Excel only answers
 * ApiNotFound for the members it models; this reads every one.
 */
import { readdirSync } from 'fs';
import * as path from 'path';
import { MINIMUM_EXCEL_API } from '../../excel-addin/excel-requirements';
import type { MemberUse } from '../support/excel-api-sets';
import { ROOT, compareVersions, excelMemberUses, manifestMinimum, requirementOf, supportFields, unguardedAbove } from '../support/excel-api-sets';

jest.setTimeout(120000);

const HOST = path.join(ROOT, 'excel-addin');
const SOURCES = readdirSync(HOST)
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => path.join(HOST, f));

function shown(uses: readonly MemberUse[]): string[] {
  return uses.map((u) => `${u.file}:${u.line} ${u.member} needs ${u.needs.set} ${u.needs.version ?? ''} (${u.needs.annotation}), guarded to ${u.guardedTo ?? 'nothing'}`);
}

describe('the Excel host', () => {
  let uses: MemberUse[];
  beforeAll(() => {
    uses = excelMemberUses(SOURCES);
  });

  it('states the manifest\'s minimum where it checks for it', () => {
    expect(manifestMinimum()).toBe(MINIMUM_EXCEL_API);
  });

  it('uses no Excel member above the manifest\'s requirement set without checking for its set first', () => {
    expect(shown(unguardedAbove(uses, manifestMinimum()))).toEqual([]);
  });

  it('is really read: the members it uses above the minimum are found, each behind its check', () => {
    const above = uses.filter((u) => u.needs.version !== null && compareVersions(u.needs.version, manifestMinimum()) > 0);
    const names = new Set(above.map((u) => u.member));
    for (const member of ['Application.suspendScreenUpdatingUntilNextSync', 'Worksheet.getRanges', 'RangeAreas.select', 'Range.getMergedAreasOrNullObject', 'NoteCollection.add', 'Range.copyFrom', 'PageLayout.setPrintTitleRows']) {
      expect(names).toContain(member);
    }
    expect(uses.length).toBeGreaterThan(100);
  });
});

describe('the check itself', () => {
  it('reads the versions the annotations state, the highest where they state several', () => {
    expect(requirementOf('ExcelApi 1.9')).toMatchObject({ set: 'ExcelApi', version: '1.9' });
    expect(requirementOf('ExcelApi 1.1 for reading visibility; 1.2 for setting it.')).toMatchObject({ version: '1.2' });
    expect(requirementOf('ExcelApi 1.10 for string, 1.11 for CommentRichContent object')).toMatchObject({ version: '1.11' });
    expect(requirementOf('ExcelApiOnline 1.1')).toMatchObject({ set: 'ExcelApiOnline', version: null });
  });

  it('knows what each field of ExcelSupport stands for', () => {
    expect(Object.fromEntries(supportFields())).toEqual({ api19: '1.9', api113: '1.13', api118: '1.18' });
  });

  // A file of the host's, as a host might write it: every way of guarding, and three of forgetting.
  const SAMPLE = path.join(HOST, '__requirement-set-sample__.ts');
  const code = `
import type { ExcelSupport } from './excel-requirements';

export function unguarded(context: Excel.RequestContext): void {
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

export function guardedByIf(context: Excel.RequestContext, support: ExcelSupport): void {
  if (support.api19) context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

export function guardedByEarlyReturn(ws: Excel.Worksheet, support: ExcelSupport): void {
  if (!support.api19) return;
  ws.autoFilter.apply('A1:B2');
}

export function tooLowAGuard(ws: Excel.Worksheet, support: ExcelSupport): void {
  if (support.api19) ws.notes.add('A1', 'note');
}

export function guardedByIsSetSupported(ws: Excel.Worksheet): void {
  const all = Office.context.requirements.isSetSupported('ExcelApi', '1.18');
  if (all) ws.getRanges('A1,B2').select();
}

function helper(ws: Excel.Worksheet): void {
  ws.pageLayout.setPrintTitleRows('$1:$1');
}

export function callsTheHelperGuarded(ws: Excel.Worksheet, support: ExcelSupport): void {
  if (support.api19) helper(ws);
}

export function anExitForSomethingElse(context: Excel.RequestContext, hasNotes: boolean, support: ExcelSupport): void {
  if (hasNotes && !support.api118) throw new Error('no notes here');
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

export function callbacksAreGuardedWhereWritten(ws: Excel.Worksheet, support: ExcelSupport, steps: (() => void)[]): void {
  if (support.api19) steps.push(() => ws.autoFilter.apply('A1:B2'));
}
`;

  let found: MemberUse[];
  beforeAll(() => {
    found = excelMemberUses([SAMPLE], { overrides: new Map([[SAMPLE, code]]) });
  });

  it('finds members above the minimum that no check guards, and only those', () => {
    const bad = unguardedAbove(found, '1.8').map((u) => u.member);
    expect(bad.sort()).toEqual(['Application.suspendScreenUpdatingUntilNextSync', 'Application.suspendScreenUpdatingUntilNextSync', 'NoteCollection.add', 'Worksheet.notes']);
  });

  it('takes a guard for what it checks: a 1.9 check does not cover a 1.18 member', () => {
    const note = found.find((u) => u.member === 'NoteCollection.add')!;
    expect(note.needs.version).toBe('1.18');
    expect(note.guardedTo).toBe('1.9');
  });

  it('follows a helper to its calls, and isSetSupported to the variable that holds it', () => {
    expect(found.find((u) => u.member === 'PageLayout.setPrintTitleRows')?.guardedTo).toBe('1.9');
    expect(found.find((u) => u.member === 'RangeAreas.select')?.guardedTo).toBe('1.18');
  });
});
