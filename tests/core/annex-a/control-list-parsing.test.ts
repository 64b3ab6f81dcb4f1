import { ANNEX_A_2022 } from '../../../core/annex-a/catalogue-data';
import { ANNEX_A_CATALOGUE, createCatalogue, parseControlList } from '../../../core/annex-a/catalogue';
import type { ControlCitation } from '../../../core/annex-a/types';

const acme = createCatalogue([
  { id: 'ACME-01', title: 'Quarterly access review', theme: 'Custom', annexA: false },
  { id: 'ACME-02', title: 'Vendor security questionnaire', theme: 'Custom', annexA: false },
  { id: '1.2', title: 'Board oversight', theme: 'Custom', annexA: false },
]);

const ids = (cs: readonly ControlCitation[]): string[] =>
  cs.map((c) => {
    if (c.kind === 'control') return c.id;
    if (c.kind === 'annex-a-2013') return `2013:${c.id2013}`;
    if (c.kind === 'clause') return `clause:${c.clause}`;
    if (c.kind === 'free-text') return `words:${c.raw}`;
    return `?${c.raw}`;
  });

describe('reading the controls a risk cites', () => {
  it('splits on commas, semicolons, line breaks and "and"', () => {
    expect(ids(parseControlList('A.5.17, 8.16; A 8.9', ANNEX_A_CATALOGUE))).toEqual(['5.17', '8.16', '8.9']);
    expect(ids(parseControlList('5.15\n5.18\r\n8.5 and 8.2', ANNEX_A_CATALOGUE))).toEqual(['5.15', '5.18', '8.5', '8.2']);
  });

  it('accepts every common way of writing an id', () => {
    expect(ids(parseControlList('A5.17, Annex A 8.16, annex a.8.9, A.5.1', ANNEX_A_CATALOGUE))).toEqual(['5.17', '8.16', '8.9', '5.1']);
  });

  it('keeps the raw text of each token for messages', () => {
    expect(parseControlList('A.5.17, 8.16', ANNEX_A_CATALOGUE).map((c) => c.raw)).toEqual(['A.5.17', '8.16']);
  });

  it('reads an id followed by its title as the id', () => {
    expect(parseControlList('5.17 Authentication information', ANNEX_A_CATALOGUE)).toEqual([
      { kind: 'control', raw: '5.17 Authentication information', id: '5.17' },
    ]);
  });

  it('does not split a title that holds a comma or "and"', () => {
    const text = '5.22 Monitoring, review and change management of supplier services; 5.2 Information security roles and responsibilities';
    expect(ids(parseControlList(text, ANNEX_A_CATALOGUE))).toEqual(['5.22', '5.2']);
  });

  it('accepts the short 27002 form of a long title', () => {
    expect(ids(parseControlList('5.21 Managing information security in the ICT supply chain, 8.1 User endpoint devices', ANNEX_A_CATALOGUE))).toEqual(['5.21', '8.1']);
  });

  it('reads ids separated by spaces only', () => {
    expect(ids(parseControlList('5.17 8.16 A.8.9', ANNEX_A_CATALOGUE))).toEqual(['5.17', '8.16', '8.9']);
  });

  it('reads a three-level id as ISO 27001:2013 with its 2022 successor', () => {
    expect(parseControlList('A.9.2.2', ANNEX_A_CATALOGUE)).toEqual([
      { kind: 'annex-a-2013', raw: 'A.9.2.2', id2013: 'A.9.2.2', successors: ['5.18'] },
    ]);
    expect(parseControlList('9.2.3', ANNEX_A_CATALOGUE)).toEqual([
      { kind: 'annex-a-2013', raw: '9.2.3', id2013: 'A.9.2.3', successors: ['8.2'] },
    ]);
  });

  it('gives A.18.2.3 both of its successors', () => {
    const [c] = parseControlList('A.18.2.3 Technical compliance review', ANNEX_A_CATALOGUE);
    expect(c).toEqual({ kind: 'annex-a-2013', raw: 'A.18.2.3 Technical compliance review', id2013: 'A.18.2.3', successors: ['5.36', '8.8'] });
  });

  it('tells the editions apart by the number of levels, never by prefix', () => {
    expect(ids(parseControlList('8.2', ANNEX_A_CATALOGUE))).toEqual(['8.2']);
    expect(ids(parseControlList('A.8.2', ANNEX_A_CATALOGUE))).toEqual(['8.2']);
    expect(ids(parseControlList('A.8.2.1', ANNEX_A_CATALOGUE))).toEqual(['2013:A.8.2.1']);
    expect(ids(parseControlList('A.8.2.9', ANNEX_A_CATALOGUE))).toEqual(['?A.8.2.9']);
  });

  it('matches a team\'s own control id exactly, ignoring case', () => {
    expect(parseControlList('acme-01, ACME-02 Vendor security questionnaire', acme)).toEqual([
      { kind: 'control', raw: 'acme-01', id: 'ACME-01' },
      { kind: 'control', raw: 'ACME-02 Vendor security questionnaire', id: 'ACME-02' },
    ]);
    expect(ids(parseControlList('ACME', acme))).toEqual(['words:ACME']);
    expect(ids(parseControlList('ACME-01 ACME-02', acme))).toEqual(['ACME-01', 'ACME-02']);
  });

  it('prefers a team\'s own numeric id over the Annex A reading', () => {
    expect(ids(parseControlList('1.2, 5.17', acme))).toEqual(['1.2', '5.17']);
    expect(ids(parseControlList('1.2', ANNEX_A_CATALOGUE))).toEqual(['?1.2']);
  });

  it('reports id-shaped tokens that are no control as unknown, and leaves the words beside ids alone', () => {
    expect(ids(parseControlList('MFA, 9.9, 5.17a', ANNEX_A_CATALOGUE))).toEqual(['?9.9', '?5.17a']);
    expect(ids(parseControlList('Firewall 8.20', ANNEX_A_CATALOGUE))).toEqual(['8.20']);
  });

  it('collapses duplicates within one cell', () => {
    expect(ids(parseControlList('5.17, A.5.17, 5.17 Authentication information, MFA, mfa', ANNEX_A_CATALOGUE))).toEqual(['5.17']);
  });

  it('reads nothing from a blank cell or separators alone', () => {
    expect(parseControlList('', ANNEX_A_CATALOGUE)).toEqual([]);
    expect(parseControlList(' ,;\n and ', ANNEX_A_CATALOGUE)).toEqual([]);
  });

  it('parses 500 ids in one cell quickly', () => {
    const all = ANNEX_A_2022.map((c) => c.id);
    const text = Array.from({ length: 500 }, (_, i) => `A.${all[i % all.length]}`).join(', ');
    const started = performance.now();
    const result = parseControlList(text, acme);
    const elapsed = performance.now() - started;
    expect(result).toHaveLength(93);
    expect(elapsed).toBeLessThan(100);
  });

  it('stays linear when 500 ids are separated by spaces only', () => {
    const all = ANNEX_A_2022.map((c) => c.id);
    const text = Array.from({ length: 500 }, (_, i) => all[i % all.length]).join(' ');
    const started = performance.now();
    expect(parseControlList(text, acme)).toHaveLength(93);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
