/**
 * Which method the engine scores by, as far as inference goes:
 * - a workbook with no Methodology and no preset asked for: the method read off the register,
 *   with the finding that says what was inferred (instead of `methodology-missing`);
 * - a Methodology sheet that still carries the line marking an inferred method nobody approved:
 *   the sheet's method, with a reminder, and the register's inference findings again (a score
 *   column no rule reproduces is still reported once, not row by row), so that a check after
 *   "Recalculate" says what the Recalculate said;
 * - anything else: nothing to add.
 */
import type { ControlCatalogue } from '../../annex-a/types';
import type { Finding } from '../../findings/finding';
import { finding } from '../../findings/report';
import type { RegisterField, RegisterLocation } from '../../register/types';
import { cellAddress } from '../../workbook/a1';
import type { SheetSnapshot, WorkbookSnapshot } from '../../workbook/snapshot';
import { cellAt } from '../../workbook/snapshot';
import { cellText } from '../cells';
import { locateSections } from '../locate-sections';
import { parseInferredNote } from '../methodology-text';
import { firstHeadingRow } from '../stamp-spot';
import type { Methodology } from '../types';
import type { InferredMethodology } from './infer-methodology';
import { inferMethodology } from './infer-methodology';
import type { RiskReader } from '../../register/read-risks';

export interface TeamMethodInput {
  readonly snapshot: WorkbookSnapshot;
  readonly location: RegisterLocation;
  readonly catalogue: ControlCatalogue;
  /** The register and Riskbook's own sheets: none of them describes the team's method in words. */
  readonly skipSheets: readonly string[];
  /** The workbook's Methodology sheet, when it has one Riskbook reads. */
  readonly methodologySheet: SheetSnapshot | undefined;
  /** A preset the person asked for, which stands in where there is no Methodology. */
  readonly presetAsked: boolean;
  /** Reads the register by a method, each reading done once (register/read-risks.ts). */
  readonly read?: RiskReader;
  /**
   * What inference found on this same register earlier in the request, when the engine knows the
   * register's input cells have not changed since (engine.ts, `generate`): taken as it is.
   */
  readonly inferredBefore?: InferredMethodology | null;
}

export interface TeamMethod {
  /** The method to score by instead of the default, when it was inferred just now. */
  readonly methodology?: Methodology;
  readonly findings: Finding[];
  /** The team's columns the findings report as a whole: not compared row by row. */
  readonly notCompared: ReadonlySet<RegisterField>;
  /** The inference itself, for a later analysis of the same register in the same request. */
  readonly inferred: InferredMethodology;
}

/** Where the line marking an unapproved inferred method is, above the sheet's first section. */
export function pendingApproval(sheet: SheetSnapshot): { cell: string; date: string } | null {
  const top = firstHeadingRow(locateSections(sheet), sheet.values.length);
  for (let r = 0; r < top; r++) {
    for (let c = 0; c < (sheet.values[r]?.length ?? 0); c++) {
      const date = parseInferredNote(cellText(cellAt(sheet, r, c)));
      if (date !== null) return { cell: cellAddress(r, c), date };
    }
  }
  return null;
}

export function teamMethod(input: TeamMethodInput): TeamMethod | null {
  const pending = input.methodologySheet ? pendingApproval(input.methodologySheet) : null;
  if (input.methodologySheet && !pending) return null;
  if (!input.methodologySheet && input.presetAsked) return null;
  const inferred = input.inferredBefore !== undefined ? input.inferredBefore : inferMethodology(input);
  if (!inferred) return null;
  if (!pending || !input.methodologySheet) return { ...inferred, inferred };
  return {
    inferred,
    findings: [
      finding('methodology-inferred-unapproved', input.methodologySheet.name, pending.cell, { date: pending.date }),
      ...inferred.findings.filter((f) => f.code !== 'methodology-inferred'),
    ],
    notCompared: inferred.notCompared,
  };
}
