/**
 * Reading a team's applicability and reason cells as the team meant them, in the seven languages
 * of the header vocabulary: "Yes", "N/A", "Partially", "Ja", "Non applicable", "Sí", "Não",
 * "Van toepassing", a tick or a cross, TRUE / FALSE. Words are compared without case, accents or
 * surrounding punctuation; a cell that goes on after its decision ("Yes - required by GDPR",
 * "No (no development)") is read by its first words.
 */
import type { CellValue } from '../workbook/snapshot';
import { isCellError } from '../workbook/snapshot';
import type { Applicability } from './types';

/** Lower case, accents and surrounding punctuation gone, inner spaces collapsed. */
function key(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s.:;,!¡¿?()[\]*"'-]+|[\s.:;,!¡¿?()[\]*"'-]+$/g, '');
}

const YES_WORDS = [
  'yes', 'y', 'true', 'x', '✓', '✔', '☑', '☒', '●', 'applicable', 'applies', 'included', 'include', 'in scope', 'selected', 'relevant', 'required', 'mandatory',
  'ja', 'j', 'wahr', 'anwendbar', 'zutreffend', 'ausgewahlt', 'relevant',
  'oui', 'o', 'vrai', 'retenu', 'retenue', 'incluse', 'inclus',
  'si', 's', 'verdadero', 'aplicable', 'aplica', 'incluido', 'seleccionado',
  'sim', 'verdadeiro', 'aplicavel', 'aplica-se', 'selecionado', 'incluido',
  'vero', 'applicabile', 'incluso', 'selezionato',
  'waar', 'van toepassing', 'toepasbaar', 'geselecteerd', 'opgenomen',
];

const NO_WORDS = [
  'no', 'n', 'false', '✗', '✘', '☐', 'not applicable', 'n/a', 'na', 'n.a', 'n.a.', 'excluded', 'exclude', 'out of scope', 'not selected', 'not included', 'not relevant', 'not required', 'none',
  'nein', 'falsch', 'nicht anwendbar', 'entfallt', 'ausgeschlossen', 'nicht relevant', 'k.a', 'trifft nicht zu',
  'non', 'faux', 'non applicable', 'exclu', 'exclue', 'non retenu', 'non retenue', 'sans objet', 'hors perimetre',
  'falso', 'no aplicable', 'no aplica', 'excluido', 'fuera de alcance',
  'nao', 'nao aplicavel', 'nao se aplica', 'fora do escopo',
  'non applicabile', 'escluso', 'fuori ambito',
  'nee', 'onwaar', 'niet van toepassing', 'niet toepasbaar', 'uitgesloten', 'nvt', 'n.v.t', 'n.v.t.',
];

const PARTIAL_WORDS = [
  'partially', 'partial', 'partly', 'partially applicable', 'in part',
  'teilweise', 'teilweise anwendbar', 'bedingt', 'eingeschrankt',
  'partiellement', 'partiel', 'partielle', 'en partie',
  'parcialmente', 'parcial',
  'parzialmente', 'parziale', 'in parte',
  'gedeeltelijk', 'deels', 'gedeeltelijk van toepassing',
];

type Decision = 'yes' | 'no' | 'partial';

const WORDS: ReadonlyMap<string, Decision> = new Map<string, Decision>([
  ...YES_WORDS.map((w) => [key(w), 'yes'] as const),
  ...NO_WORDS.map((w) => [key(w), 'no'] as const),
  ...PARTIAL_WORDS.map((w) => [key(w), 'partial'] as const),
]);

/** Where a cell goes on after its decision: "Yes - GDPR", "No (no development)", "Ja, gesetzlich". */
const AFTER_DECISION = /\s*(?:[-–—:;,(/]|\s)\s*/;

function decisionOfText(text: string): Decision | null {
  const whole = key(text);
  if (whole === '') return null;
  const direct = WORDS.get(whole);
  if (direct) return direct;
  // The longest leading run of words that is a decision: "Not applicable - no development".
  const words = whole.split(AFTER_DECISION).filter((w) => w !== '');
  for (let n = Math.min(words.length - 1, 4); n >= 1; n--) {
    const found = WORDS.get(key(words.slice(0, n).join(' ')));
    if (found) return found;
  }
  return null;
}

const UNDECIDED: Applicability = { decision: null, partial: false };

/** An applicability cell: yes, no, partially (applicable in part), or undecided (blank, "?", "TBD"). */
export function readApplicability(value: CellValue): Applicability {
  if (value === null || isCellError(value)) return UNDECIDED;
  if (typeof value === 'boolean') return { decision: value ? 'yes' : 'no', partial: false };
  if (typeof value === 'number') return value === 1 ? { decision: 'yes', partial: false } : value === 0 ? { decision: 'no', partial: false } : UNDECIDED;
  const d = decisionOfText(value);
  if (d === 'partial') return { decision: 'yes', partial: true };
  return d === null ? UNDECIDED : { decision: d, partial: false };
}

/**
 * A reason cell ("LR", "Legal", "Risk assessment" columns): marked by a tick, an x, yes, TRUE, 1,
 * or any text that is not a no ("GDPR Art. 32" under "Legal", "R-03" under "Risk"): the team wrote
 * the reason down. Blank, no, 0, FALSE, a dash and N/A are not marks.
 */
export function readReasonMark(value: CellValue): boolean {
  if (value === null || isCellError(value)) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  const k = key(value);
  if (k === '' || /^[-–—]+$/.test(value.trim())) return false;
  return decisionOfText(value) !== 'no';
}
