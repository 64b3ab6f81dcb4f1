/**
 * What a plan's status and effectiveness cells say, as teams write them: an action done, and an
 * action found not effective. Riskbook's dropdown words (`methodology/options.ts`) and the usual
 * ones in the seven languages of the header vocabulary; the whole cell must match, so "not done"
 * is not "done".
 */
import { foldAccents, normalizeHeader } from '../register/header-words';
import { DONE_STATUS } from '../outputs/options';
import type { EFFECTIVENESS_RESULTS } from '../methodology/options';

const NOT_EFFECTIVE: (typeof EFFECTIVENESS_RESULTS)[number] = 'Not effective';

function keyOf(text: string): string {
  return foldAccents(normalizeHeader(text));
}

const DONE_WORDS: ReadonlySet<string> = new Set([
  DONE_STATUS, 'completed', 'complete', 'closed', 'finished', 'implemented',
  'erledigt', 'abgeschlossen', 'umgesetzt', 'fertig',
  'termine', 'fait', 'clos', 'realise', 'acheve',
  'completado', 'terminado', 'cerrado', 'realizado', 'hecho',
  'concluido', 'fechado', 'feito',
  'completato', 'chiuso', 'concluso', 'fatto', 'realizzato',
  'afgerond', 'gereed', 'voltooid', 'klaar', 'uitgevoerd',
].map(keyOf));

const NOT_EFFECTIVE_WORDS: ReadonlySet<string> = new Set([
  NOT_EFFECTIVE, 'ineffective', 'not effective', 'no',
  'nicht wirksam', 'unwirksam', 'nein',
  'non efficace', 'inefficace', 'non',
  'no eficaz', 'ineficaz', 'no efectivo',
  'nao eficaz', 'nao efetivo', 'nao',
  'non efficace', 'inefficace',
  'niet effectief', 'ineffectief', 'niet doeltreffend', 'nee',
].map(keyOf));

/** The action's status says it was carried out. */
export function isDoneStatus(status: string): boolean {
  return status !== '' && DONE_WORDS.has(keyOf(status));
}

/** The effectiveness cell says the action did not work ("Not effective", or "No" under a column headed "Effective"). */
export function isNotEffective(result: string): boolean {
  return result !== '' && NOT_EFFECTIVE_WORDS.has(keyOf(result));
}
