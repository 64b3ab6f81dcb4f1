/**
 * Reads the Methodology sheet back into a Methodology. Sections are found by their headings, so
 * inserted rows and levels still read. Every problem becomes a finding at its cell; a part that
 * cannot be used falls back to the default's, so the engine always has a method to score with.
 */
import type { Finding } from '../findings/finding';
import { finding } from '../findings/report';
import { SHEETS } from '../workbook/names';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { findSheet } from '../workbook/snapshot';
import type { MethodologyAnchors } from './anchors';
import type { MethodologySections } from './locate-sections';
import { locateSections } from './locate-sections';
import { DEFAULT_METHODOLOGY } from './presets';
import type { ReadBands } from './read-bands';
import { readBands } from './read-bands';
import type { ReadMatrix } from './read-matrix';
import { readMatrix } from './read-matrix';
import { readScale } from './read-scale';
import { readSettings } from './read-settings';
import type { Governance } from './governance';
import { readGovernance } from './governance';
import { reachableScores } from './scoring';
import type { Methodology } from './types';

export interface ParsedMethodologySheet {
  readonly methodology: Methodology;
  readonly findings: Finding[];
  /** Where each part was found, for anchoring later findings. */
  readonly anchors: MethodologyAnchors;
  readonly sections: MethodologySections;
  /** The team's cells the named ranges cover (see ReadMatrix.range and ReadBands.rows). */
  readonly named: { readonly matrix: ReadMatrix['range']; readonly bands: ReadBands['rows'] };
  /** Who owns and approved the method, and its statements (governance.ts). */
  readonly governance: Governance;
}

export function parseMethodologySheet(sheet: SheetSnapshot, fallback: Methodology = DEFAULT_METHODOLOGY): ParsedMethodologySheet {
  const sections = locateSections(sheet);
  const { spans } = sections;
  const settings = readSettings(sheet, sections, fallback);
  const likelihood = readScale(sheet, 'likelihood', spans.likelihood, fallback.likelihood);
  const impact = readScale(sheet, 'impact', spans.impact, fallback.impact);
  const scalesAreTheTeams = !likelihood.fellBack && !impact.fellBack;
  const { scoring } = settings.settings;
  const matrix = readMatrix(sheet, spans.matrix, scoring, likelihood.scale, impact.scale, scalesAreTheTeams);
  const reachable = scalesAreTheTeams ? reachableScores({ ...fallback, matrix: matrix.matrix }) : null;
  const bands = readBands(sheet, spans.bands, reachable, fallback.bands);
  const methodology: Methodology = {
    ...settings.settings,
    likelihood: likelihood.scale,
    impact: impact.scale,
    matrix: matrix.matrix,
    bands: bands.bands,
  };
  return {
    methodology,
    findings: [...settings.findings, ...likelihood.findings, ...impact.findings, ...matrix.findings, ...bands.findings],
    anchors: { settings: settings.anchors, likelihood: likelihood.anchors, impact: impact.anchors, matrix: matrix.anchors, bands: bands.anchors },
    sections,
    named: { matrix: matrix.range, bands: bands.rows },
    governance: readGovernance(sheet, sections),
  };
}

/** The method on the Methodology sheet `name` (where Riskbook's is, or will be). */
export function readMethodology(snapshot: WorkbookSnapshot, name: string = SHEETS.methodology): { methodology: Methodology; findings: Finding[]; found: boolean } {
  const sheet = findSheet(snapshot, name);
  if (!sheet) {
    return { methodology: DEFAULT_METHODOLOGY, findings: [finding('methodology-missing', name, 'A1')], found: false };
  }
  const { methodology, findings } = parseMethodologySheet(sheet);
  // Every problem the parser finds is on this sheet, whatever name it goes by.
  return { methodology, findings: findings.map((f) => (f.sheet === sheet.name ? f : { ...f, sheet: sheet.name })), found: true };
}
