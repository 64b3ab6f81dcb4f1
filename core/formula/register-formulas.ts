/**
 * The live formulas written into the register. They reach the Methodology and Lists sheets only
 * through named ranges, so an auditor's copy recalculates in Excel, Google Sheets or LibreOffice.
 *
 * The core computes the same values itself (methodology/scoring.ts and register/levels.ts);
 * the LibreOffice test holds the two to each other.
 */
import { NAMES } from '../workbook/names';
import { assertPortable } from './allow-list';

/**
 * `cell` with MATCH's wildcards escaped. Excel, Google Sheets and LibreOffice all read `*`, `?`
 * and `~` in an exact MATCH as wildcards, so `Lik*` would score as Likely while the core (and
 * the auditor) see text that is not on the scale.
 */
function literal(cell: string): string {
  return `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;
}

/** 1-based position of the level typed in `cell`, or an error when it is not on the scale. */
function levelPosition(cell: string, keys: string, index: string): string {
  return `INDEX(${index},MATCH(${literal(cell)},${keys},0))`;
}

function likelihoodPosition(cell: string): string {
  return levelPosition(cell, NAMES.likelihoodKeys, NAMES.likelihoodKeyIndex);
}

function impactPosition(cell: string): string {
  return levelPosition(cell, NAMES.impactKeys, NAMES.impactKeyIndex);
}

/**
 * Score of a likelihood cell and one or more impact cells (several impact cells are the C / I / A
 * dimensions, combined by taking the highest level). Blank when an input is blank or off-scale.
 */
export function scoreFormula(likelihoodCell: string, impactCells: readonly string[]): string {
  if (impactCells.length === 0) throw new Error('scoreFormula needs at least one impact cell');
  if (impactCells.length === 1) {
    return assertPortable(
      `=IFERROR(INDEX(${NAMES.scoreMatrix},${likelihoodPosition(likelihoodCell)},${impactPosition(impactCells[0]!)}),"")`,
    );
  }
  const combined = `MAX(${impactCells.map((c) => `IFERROR(${impactPosition(c)},0)`).join(',')})`;
  return assertPortable(
    `=IF(${combined}=0,"",IFERROR(INDEX(${NAMES.scoreMatrix},${likelihoodPosition(likelihoodCell)},${combined}),""))`,
  );
}

/** Band name of the score in `scoreCell`: the band with the greatest lower bound not above it. */
export function levelFormula(scoreCell: string): string {
  return assertPortable(
    `=IF(ISNUMBER(${scoreCell}),IFERROR(INDEX(${NAMES.bandNames},MATCH(${scoreCell},${NAMES.bandMins},1)),""),"")`,
  );
}

/** Relative formula for a conditional format that colours a level cell by its band name. */
export function levelIsFormula(topLeftCell: string, bandName: string): string {
  return assertPortable(`=${topLeftCell}=${JSON.stringify(bandName).replace(/\\"/g, '""')}`);
}

/** The heatmap cell key the core computes for a rating: `L4/I5`, positions 1-based. */
export function ratingKey(likelihoodIndex: number, impactIndex: number): string {
  return `L${likelihoodIndex + 1}/I${impactIndex + 1}`;
}

/** Rating of a likelihood cell and impact cell(s), `L4/I5`; blank when an input is missing or off-scale. */
export function ratingFormula(likelihoodCell: string, impactCells: readonly string[]): string {
  if (impactCells.length === 0) throw new Error('ratingFormula needs at least one impact cell');
  const l = likelihoodPosition(likelihoodCell);
  if (impactCells.length === 1) {
    return assertPortable(`=IFERROR("L"&${l}&"/I"&${impactPosition(impactCells[0]!)},"")`);
  }
  const combined = `MAX(${impactCells.map((c) => `IFERROR(${impactPosition(c)},0)`).join(',')})`;
  return assertPortable(`=IF(${combined}=0,"",IFERROR("L"&${l}&"/I"&${combined},""))`);
}
