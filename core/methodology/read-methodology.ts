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
import { readBands } from './read-bands';
import { readMatrix } from './read-matrix';
import { readScale } from './read-scale';
import { readSettings } from './read-settings';
import { reachableScores } from './scoring';
import type { Methodology } from './types';

export interface ParsedMethodologySheet {
  readonly methodology: Methodology;
  readonly findings: Finding[];
  /** Where each part was found, for anchoring later findings. */
  readonly anchors: MethodologyAnchors;
  readonly sections: MethodologySections;
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
  };
}

export function readMethodology(snapshot: WorkbookSnapshot): { methodology: Methodology; findings: Finding[]; found: boolean } {
  const sheet = findSheet(snapshot, SHEETS.methodology);
  if (!sheet) {
    return { methodology: DEFAULT_METHODOLOGY, findings: [finding('methodology-missing', SHEETS.methodology, 'A1')], found: false };
  }
  const { methodology, findings } = parseMethodologySheet(sheet);
  return { methodology, findings, found: true };
}
