/**
 * How far an implementation status says a control has come, as teams write it: Riskbook's own
 * dropdown words and the usual ones in seven languages. Used where several 2013 controls became one
 * 2022 control and their statuses differ: the 2022 control is only as far along as its least
 * advanced part. A status that names no stage ("N/A", "50%", "see ticket") has no rank.
 */
import { foldAccents, normalizeHeader } from '../register/header-words';

/** 0 not started, 1 planned, 2 under way or in part, 3 implemented. */
export type Progress = 0 | 1 | 2 | 3;

const STAGES: readonly (readonly [Progress, readonly string[]])[] = [
  [0, [
    'not started', 'not implemented', 'not yet implemented', 'not yet', 'none', 'no', 'open', 'to do', 'todo', 'missing', 'gap',
    'nicht begonnen', 'nicht umgesetzt', 'nicht implementiert', 'offen', 'nein',
    'non commence', 'non implemente', 'non mis en oeuvre', 'a faire', 'non',
    'no iniciado', 'no implementado', 'pendiente',
    'nao iniciado', 'nao implementado', 'pendente', 'nao',
    'non avviato', 'non implementato', 'da fare',
    'niet gestart', 'niet geimplementeerd', 'nee',
  ]],
  [1, [
    'planned', 'scheduled', 'geplant', 'prevu', 'planifie', 'planificado', 'previsto', 'planejado', 'pianificato', 'gepland',
  ]],
  [2, [
    'partially implemented', 'partly implemented', 'partial', 'partially', 'in progress', 'ongoing', 'in implementation', 'being implemented', 'under way', 'underway',
    'teilweise', 'teilweise umgesetzt', 'teilweise implementiert', 'in umsetzung', 'in bearbeitung',
    'partiellement', 'partiellement implemente', 'partiellement mis en oeuvre', 'en cours',
    'parcial', 'parcialmente', 'parcialmente implementado', 'en curso', 'en progreso',
    'parcialmente implantado', 'em andamento', 'em curso',
    'parziale', 'parzialmente', 'parzialmente implementato', 'in corso',
    'gedeeltelijk', 'gedeeltelijk geimplementeerd', 'in uitvoering', 'bezig',
  ]],
  [3, [
    'implemented', 'fully implemented', 'in place', 'done', 'complete', 'completed', 'yes', 'operational', 'effective',
    'umgesetzt', 'vollstandig umgesetzt', 'implementiert', 'ja',
    'implemente', 'mis en oeuvre', 'en place', 'oui',
    'implementado', 'implantado', 'si', 'sim',
    'implementato', 'attuato',
    'geimplementeerd', 'ingevoerd',
  ]],
];

const BY_WORDS: ReadonlyMap<string, Progress> = new Map(STAGES.flatMap(([p, words]) => words.map((w) => [w, p] as const)));

/** The stage a status names, null when it names none (or is blank). The whole cell must match: "not implemented" is not "implemented". */
export function progressOf(status: string): Progress | null {
  const key = foldAccents(normalizeHeader(status));
  return key === '' ? null : (BY_WORDS.get(key) ?? null);
}
