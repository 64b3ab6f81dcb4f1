/**
 * The words teams head their treatment plans with name the plan's fields, in seven languages and
 * however they are spelled: in capitals, snake_case or camelCase, without accents, with a note in
 * brackets after them. A word the plan and the register read differently ("Maßnahme" is an action
 * in a plan, a control in a register) names what it means in a plan.
 */
import * as fc from 'fast-check';
import { LANGUAGES } from '../../../core/register/header-vocabulary';
import { planHeaderSense } from '../../../core/team-plan/plan-header-sense';
import { PLAN_FIELD_WORDS } from '../../../core/team-plan/plan-header-words';
import type { TeamPlanField } from '../../../core/team-plan/types';

const WORDS: readonly (readonly [string, TeamPlanField])[] = (Object.entries(PLAN_FIELD_WORDS) as [TeamPlanField, (typeof PLAN_FIELD_WORDS)[TeamPlanField]][]).flatMap(
  ([field, table]) => [table.words, table.generic, table.fallback].flatMap((words) => LANGUAGES.flatMap((lang) => (words?.[lang] ?? []).map((w) => [w, field] as const))),
);

const fieldOf = (text: string, group = ''): TeamPlanField | null => planHeaderSense(text, group)?.field ?? null;

describe('plan header words', () => {
  it.each<[string, TeamPlanField]>([
    ['Action', 'action'], ['Actions', 'action'], ['Treatment action', 'action'], ['Planned action', 'action'], ['Mitigation', 'action'],
    ['Mitigation plan', 'action'], ['Measure', 'action'], ['Treatment plan', 'action'], ['Maßnahme', 'action'], ['Mesure', 'action'],
    ['Acción', 'action'], ['Ação', 'action'], ['Azione', 'action'], ['Maatregel', 'action'], ['Actie', 'action'],
    ['Action owner', 'owner'], ['Responsible', 'owner'], ['Assigned to', 'owner'], ['Verantwortlich', 'owner'], ['Responsable', 'owner'],
    ['Responsável', 'owner'], ['Responsabile', 'owner'], ['Eigenaar', 'owner'], ['Verantwoordelijke', 'owner'],
    ['Due date', 'dueDate'], ['Target date', 'dueDate'], ['Deadline', 'dueDate'], ['Completion date', 'dueDate'], ['Fällig', 'dueDate'],
    ['Termin', 'dueDate'], ['Zieltermin', 'dueDate'], ['Échéance', 'dueDate'], ['Date cible', 'dueDate'], ['Fecha límite', 'dueDate'],
    ['Prazo', 'dueDate'], ['Scadenza', 'dueDate'], ['Streefdatum', 'dueDate'],
    ['Status', 'status'], ['Progress', 'status'], ['Umsetzungsstand', 'status'], ['Statut', 'status'], ['Estado', 'status'], ['Situação', 'status'], ['Stato', 'status'],
    ['Treatment option', 'treatment'], ['Treatment', 'treatment'],
    ['Control', 'controlId'], ['Annex A control', 'controlId'], ['Control(s) Selected', 'controlId'],
    ['Expected residual risk', 'expectedResidualLevel'], ['Approved by', 'approvedBy'], ['Approval date', 'approvalDate'], ['Effectiveness', 'effectivenessResult'],
    ['Effectiveness review date', 'effectivenessReviewDate'], ['Risk ID', 'riskId'], ['Risk title', 'riskTitle'],
  ])('"%s" names the %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it('reads a header with the banner over it: "ID" under "Risk", "Owner" under "Action", "Nr." under "Risiko"', () => {
    expect(planHeaderSense('ID', 'Risk')).toEqual({ field: 'riskId', strength: 'outright' });
    expect(planHeaderSense('Owner', 'Action')).toEqual({ field: 'owner', strength: 'outright' });
    expect(planHeaderSense('Nr.', 'Risiko')).toEqual({ field: 'riskId', strength: 'outright' });
    expect(planHeaderSense('Bezeichnung', 'Risiko')).toEqual({ field: 'riskTitle', strength: 'outright' });
  });

  it('ranks an action owner above an owner, and the risk owner last', () => {
    expect(planHeaderSense('Action owner')?.strength).toBe('outright');
    expect(planHeaderSense('Owner')?.strength).toBe('generic');
    expect(planHeaderSense('Risk owner')).toEqual({ field: 'owner', strength: 'fallback' });
  });

  it('reads names split by a slash when they agree, and neither when they do not', () => {
    expect(planHeaderSense('Owner / Responsible')).toEqual({ field: 'owner', strength: 'generic' });
    expect(fieldOf('Risk ID / Title')).toBeNull();
  });

  it('reads the evidence of an action by its own words, never by a word as loose as "Link"', () => {
    expect(['Evidence', 'Proof of completion', 'Nachweis', 'Preuve', 'Evidencia', 'Bewijsstuk'].map((h) => fieldOf(h))).toEqual(Array(6).fill('evidence'));
  });

  it('names nothing for headers of other columns', () => {
    expect(['Start date', 'Budget (EUR)', 'Notes', 'Comments', 'Cost centre'].map((h) => fieldOf(h))).toEqual([null, null, null, null, null]);
  });

  it('every word of the vocabulary names its field as written', () => {
    expect(WORDS.filter(([w, f]) => fieldOf(w) !== f).map(([w, f]) => `${w} → ${fieldOf(w)} (want ${f})`)).toEqual([]);
  });

  it('names its field in any case, spacing and punctuation, without accents, with a note after it', () => {
    const cases = fc.constantFrom<(w: string) => string>((w) => w, (w) => w.toLowerCase(), (w) => w.toUpperCase());
    const joiner = fc.constantFrom(' ', '  ', '_', '-', '.');
    const decoration = fc.constantFrom<(w: string) => string>((w) => w, (w) => ` ${w} `, (w) => `${w} (dd/mm/yyyy)`, (w) => `${w} [see guide]`, (w) => `${w}:`, (w) => `${w} *`);
    fc.assert(
      fc.property(fc.constantFrom(...WORDS), cases, joiner, decoration, fc.boolean(), ([word, field], cased, join, decorate, fold) => {
        const base = fold ? word.normalize('NFD').replace(/\p{M}+/gu, '') : word;
        const spelled = decorate(cased(base).replace(/ /g, join));
        expect({ spelled, field: fieldOf(spelled) }).toEqual({ spelled, field });
      }),
      { numRuns: 2000 },
    );
  });
});
