/** The paper codes of an .xlsx page setup (ECMA-376 Part 1, 18.3.1.64) for the papers Riskbook knows. */
import type { PaperSize } from '../../core/workbook/plan';

export const PAPER_CODE: Readonly<Record<PaperSize, number>> = { Letter: 1, A4: 9 };

/** The paper a `paperSize` attribute names; undefined when absent or another paper. */
export function paperOfCode(code: string | undefined): PaperSize | undefined {
  return code === '9' ? 'A4' : code === '1' ? 'Letter' : undefined;
}
