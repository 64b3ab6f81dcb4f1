/**
 * Where a team describes its risk method in words, on a sheet of its own ("Doc Info",
 * "Methodology description", "Bewertungskriterien"): a cell that speaks of likelihood and impact
 * together, on a sheet that also speaks of scores, ratings or a matrix, in any language Riskbook
 * reads. The inferred method's finding points there, so the person approving it can compare.
 */
import type { WorkbookSnapshot } from '../../workbook/snapshot';
import { normalWord } from './word-ranks';

const LIKELIHOOD = [
  'likelihood', 'probability', 'frequency', 'wahrscheinlichkeit', 'haufigkeit', 'vraisemblance', 'probabilite', 'frequence',
  'probabilidad', 'probabilidade', 'probabilita', 'verosimiglianza', 'waarschijnlijkheid', 'kans',
];
const IMPACT = [
  'impact', 'consequence', 'severity', 'auswirkung', 'schadensausmass', 'schadenshohe', 'tragweite', 'gravite', 'impacto',
  'consecuencia', 'gravedad', 'consequencia', 'gravidade', 'impatto', 'conseguenza', 'gravita', 'gevolg', 'ernst',
];
const SCORE = [
  'score', 'matrix', 'rating', 'risk level', 'risk value', 'bewertung', 'risikowert', 'risikostufe', 'cotation', 'matrice',
  'niveau de risque', 'puntuacion', 'nivel de riesgo', 'matriz', 'pontuacao', 'nivel de risco', 'punteggio', 'livello di rischio',
  'risicoscore', 'risiconiveau', ' x ', '×', '*',
];

/** How many of the first rows and columns of a sheet are looked at. */
const ROWS = 200;
const COLS = 30;

function mentions(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}

/**
 * The first sheet, other than those in `skip` (the register, Riskbook's own), whose cells
 * describe a likelihood-and-impact method; null when none does.
 */
export function methodDescriptionSheet(snapshot: WorkbookSnapshot, skip: readonly string[]): string | null {
  const skipped = new Set(skip.map((s) => s.toLowerCase()));
  for (const sheet of snapshot.sheets) {
    if (skipped.has(sheet.name.toLowerCase())) continue;
    let both = false;
    let scored = false;
    for (const row of sheet.values.slice(0, ROWS)) {
      for (const cell of row.slice(0, COLS)) {
        if (typeof cell !== 'string') continue;
        // normalWord turns "x" between words into " x ", and strips accents.
        const text = ` ${normalWord(cell)} `.replace(/ß/g, 'ss');
        if (mentions(text, LIKELIHOOD) && mentions(text, IMPACT)) both = true;
        if (mentions(text, SCORE)) scored = true;
      }
      if (both && scored) return sheet.name;
    }
  }
  return null;
}
