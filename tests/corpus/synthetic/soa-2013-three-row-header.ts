/**
 * An accounting firm's SoA still in ISO/IEC 27001:2013 numbering, the way many were kept until
 * the transition ended: all 114 controls (A.5.1.1 … A.18.2.3) under a three-row header (banners
 * "Annex A control", "Applicability" and "Implementation" over the columns, a "Reason for
 * selection" banner over four tick columns), a section heading row before each of the 14 sections
 * ("A.5" | "Information security policies"), and a Domain column merged down over each section's
 * controls. Applicable Yes / No; the firm develops no software, so the development controls are
 * excluded with a justification (one without), and A.12.4.2 is excluded while A.12.4.1 and
 * A.12.4.3 are applicable: the three became 8.15, so moving to 2022 has to ask.
 */
import { CONTROLS_2013, SECTIONS_2013 } from './annex-a-lists';
import { merge, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = '2013 SoA: three-row header with merged banners, section heading rows, Domain merged down each section, 114 controls, Yes/No, exclusions justified';

/** Excluded controls and why; '' where the firm wrote nothing. */
const EXCLUDED: Readonly<Record<string, string>> = {
  'A.9.4.5': 'No in-house source code',
  'A.11.1.6': 'No delivery or loading areas: offices on the 3rd floor of a shared building',
  'A.12.4.2': 'Logs are kept and protected by the managed service provider',
  'A.14.2.1': 'No in-house software development',
  'A.14.2.5': 'No in-house software development',
  'A.14.2.6': '',
  'A.14.2.7': 'No outsourced development',
};

/** Which reason-for-selection columns carry a tick: legal, contractual, business, risk assessment. */
function reasons(id: string, k: number): [boolean, boolean, boolean, boolean] {
  const legal = id.startsWith('A.18.1') || id === 'A.8.2.1';
  const contractual = id.startsWith('A.15.') || id.startsWith('A.13.2');
  const business = id.startsWith('A.5.') || id.startsWith('A.7.') || k % 5 === 0;
  const risk = !(legal && !business) || id === 'A.18.1.4';
  return [legal, contractual, business, risk];
}

const TICK = 'x';
const HEADER_TOP = 3;
const FIRST = HEADER_TOP + 3;
const LAST_COL = 13;

function sectionOf(id: string): string {
  return id.split('.').slice(0, 2).join('.');
}

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('SoA ISO27001-2013');
  writeTitle(ws, 1, 2, 'Statement of Applicability \u2013 Hartley & Moss Chartered Accountants (ISO/IEC 27001:2013)', 14);

  // Row 1 of the header: banners over column groups.
  const banners: [number, number, string][] = [
    [2, 4, 'Annex A control'],
    [5, 10, 'Applicability'],
    [11, 13, 'Implementation'],
  ];
  for (const [from, to, text] of banners) {
    writeRows(ws, HEADER_TOP, from, [[text]]);
    merge(ws, HEADER_TOP, from, HEADER_TOP, to);
  }
  // Rows 2 and 3: headers merged down over both, and the reasons banner over its four ticks.
  const down: [number, string][] = [
    [2, 'Domain'],
    [3, 'Ref.'],
    [4, 'Control'],
    [5, 'Applicable (Yes/No)'],
    [10, 'Justification for exclusion'],
    [11, 'Status'],
    [12, 'Evidence'],
    [13, 'Owner'],
  ];
  for (const [col, text] of down) {
    writeRows(ws, HEADER_TOP + 1, col, [[text]]);
    merge(ws, HEADER_TOP + 1, col, HEADER_TOP + 2, col);
  }
  writeRows(ws, HEADER_TOP + 1, 6, [['Reason for selection']]);
  merge(ws, HEADER_TOP + 1, 6, HEADER_TOP + 1, 9);
  writeRows(ws, HEADER_TOP + 2, 6, [['Legal', 'Contractual', 'Business need', 'Risk assessment']]);
  styleHeader(ws, HEADER_TOP, HEADER_TOP + 2, 2, LAST_COL);

  let r = FIRST;
  let section = '';
  let sectionStart = 0;
  const closeSection = (): void => {
    // The domain name sits once, merged down over the section's controls.
    if (section !== '' && r - 1 > sectionStart) merge(ws, sectionStart, 2, r - 1, 2);
  };
  CONTROLS_2013.forEach((c, k) => {
    const s = sectionOf(c.id);
    if (s !== section) {
      closeSection();
      section = s;
      const title = SECTIONS_2013[s]!;
      writeRows(ws, r, 3, [[s, title]]);
      for (let col = 2; col <= LAST_COL; col++) {
        const cell = ws.getCell(r, col);
        cell.font = { bold: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
      }
      r++;
      sectionStart = r;
      writeRows(ws, r, 2, [[title]]);
      ws.getCell(r, 2).alignment = { vertical: 'middle', wrapText: true };
    }
    const why = EXCLUDED[c.id];
    const excluded = why !== undefined;
    const ticks = excluded ? [false, false, false, false] : reasons(c.id, k);
    const status = excluded ? null : k % 13 === 7 ? 'In progress' : k % 17 === 3 ? 'Not started' : 'Implemented';
    const evidence = status === 'Implemented' ? `ISMS manual \u00a7${c.id.slice(2)}` : null;
    const owner = c.id.startsWith('A.7.') ? 'HR Manager' : c.id.startsWith('A.11.') ? 'Office Manager' : c.id.startsWith('A.18.') ? 'Compliance Partner' : 'IT Manager';
    writeRows(ws, r, 3, [[c.id, c.title, excluded ? 'No' : 'Yes', ...ticks.map((t) => (t ? TICK : null)), why === '' ? null : (why ?? null), status, evidence, owner]]);
    r++;
  });
  closeSection();

  styleBody(ws, FIRST, r - 1, 2, LAST_COL);
  setWidths(ws, [2, 22, 10, 46, 12, 7, 11, 10, 11, 40, 13, 24, 18]);
  return saveWorkbook(wb);
}
