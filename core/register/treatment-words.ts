/**
 * Treatment decisions in the words of ISO/IEC 27005: modify (mitigate), share (transfer), avoid,
 * retain (accept), with the synonyms, the "4 Ts" (treat, transfer, terminate, tolerate), past
 * tenses and nouns teams actually type, in the languages ISO 27001 teams commonly write in. Adding
 * a language is adding its lines to `WORDS`.
 */
import { oncePerText } from '../memo';
import { foldAccents } from './header-words';
import type { Treatment } from './types';

type Language = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl';

const WORDS: Readonly<Record<Treatment, Readonly<Record<Language, readonly string[]>>>> = {
  mitigate: {
    en: ['mitigate', 'mitigated', 'mitigation', 'reduce', 'reduced', 'reduction', 'modify', 'modified', 'modification', 'treat', 'treated', 'remediate', 'remediated'],
    de: ['mindern', 'gemindert', 'minderung', 'mitigieren', 'mitigiert', 'reduzieren', 'reduziert', 'reduktion', 'verringern', 'verringert', 'verringerung', 'behandeln', 'modifizieren'],
    fr: ['réduire', 'réduit', 'réduction', 'atténuer', 'atténué', 'atténuation', 'traiter', 'traité', 'modifier', 'modifié', 'modification', 'mitiger'],
    es: ['mitigar', 'mitigado', 'mitigación', 'reducir', 'reducido', 'reducción', 'tratar', 'tratado', 'modificar', 'modificado', 'modificación'],
    pt: ['mitigar', 'mitigado', 'mitigação', 'reduzir', 'reduzido', 'redução', 'tratar', 'tratado', 'modificar', 'modificado', 'modificação'],
    it: ['mitigare', 'mitigato', 'mitigazione', 'ridurre', 'ridotto', 'riduzione', 'trattare', 'trattato', 'modificare', 'modificato', 'modifica'],
    nl: ['verminderen', 'verminderd', 'vermindering', 'mitigeren', 'gemitigeerd', 'mitigatie', 'reduceren', 'gereduceerd', 'beperken', 'behandelen', 'verlagen'],
  },
  transfer: {
    en: ['transfer', 'transferred', 'share', 'shared', 'sharing'],
    de: ['übertragen', 'übertragung', 'transferieren', 'transferiert', 'teilen', 'geteilt'],
    fr: ['transférer', 'transféré', 'transfert', 'partager', 'partagé', 'partage'],
    es: ['transferir', 'transferido', 'transferencia', 'compartir', 'compartido'],
    pt: ['transferir', 'transferido', 'transferência', 'compartilhar', 'compartilhado', 'partilhar', 'partilhado'],
    it: ['trasferire', 'trasferito', 'trasferimento', 'condividere', 'condiviso'],
    nl: ['overdragen', 'overgedragen', 'overdracht', 'delen', 'gedeeld'],
  },
  avoid: {
    en: ['avoid', 'avoided', 'avoidance', 'terminate', 'terminated', 'termination', 'eliminate', 'eliminated'],
    de: ['vermeiden', 'vermieden', 'vermeidung', 'beenden', 'eliminieren', 'eliminiert'],
    fr: ['éviter', 'évité', 'évitement', 'refuser', 'refusé', 'refus', 'supprimer', 'supprimé', 'éliminer', 'éliminé'],
    es: ['evitar', 'evitado', 'evitación', 'eliminar', 'eliminado', 'rechazar', 'rechazado'],
    pt: ['evitar', 'evitado', 'eliminar', 'eliminado', 'recusar', 'recusado'],
    it: ['evitare', 'evitato', 'eliminare', 'eliminato', 'rifiutare', 'rifiutato'],
    nl: ['vermijden', 'vermeden', 'vermijding', 'elimineren', 'geëlimineerd', 'stoppen'],
  },
  accept: {
    en: ['accept', 'accepted', 'acceptance', 'retain', 'retained', 'retention', 'tolerate', 'tolerated', 'tolerance'],
    de: ['akzeptieren', 'akzeptiert', 'akzeptanz', 'tragen', 'getragen', 'übernehmen', 'übernommen', 'beibehalten', 'hinnehmen', 'tolerieren', 'toleriert'],
    fr: ['accepter', 'accepté', 'acceptation', 'maintenir', 'maintenu', 'maintien', 'conserver', 'conservé', 'tolérer', 'toléré'],
    es: ['aceptar', 'aceptado', 'aceptación', 'asumir', 'asumido', 'retener', 'retenido', 'retención', 'tolerar', 'tolerado'],
    pt: ['aceitar', 'aceito', 'aceite', 'aceitação', 'assumir', 'assumido', 'reter', 'retido', 'retenção', 'tolerar', 'tolerado'],
    it: ['accettare', 'accettato', 'accettazione', 'ritenere', 'mantenere', 'mantenuto', 'tollerare', 'tollerato'],
    nl: ['accepteren', 'geaccepteerd', 'acceptatie', 'aanvaarden', 'aanvaard', 'tolereren', 'getolereerd'],
  },
};

/**
 * Phrases that keep the risk as it is, without new action: a decision to retain (accept). Matched
 * at the start of the cell, so "No new actions needed" is one.
 */
const NO_ACTION: readonly string[] = [
  'no action', 'no actions', 'no new action', 'no new actions', 'no further action', 'no further actions', 'no additional action', 'no additional actions',
  'keine massnahmen', 'keine weiteren massnahmen', 'keine neuen massnahmen', 'aucune action', 'aucune mesure', 'aucune nouvelle action',
  'ninguna accion', 'ninguna medida', 'nenhuma acao', 'nenhuma medida', 'nessuna azione', 'nessuna misura', 'geen actie', 'geen acties', 'geen maatregelen',
];

/** Words around the decision that say nothing about it: "Risk accepted", "Risiko akzeptieren". */
const FILLERS: readonly string[] = ['risk', 'the', 'to', 'risiko', 'das', 'risque', 'le', 'riesgo', 'el', 'risco', 'o', 'rischio', 'il', 'risico', 'het'];

/** Words that turn a decision into its opposite: "Not accepted", "Nicht akzeptiert". */
const NEGATIONS: readonly string[] = ['not', 'no', 'never', 'nicht', 'kein', 'keine', 'pas', 'non', 'ne', 'nao', 'niet', 'geen', 'nunca', 'jamais'];

const BY_WORD: ReadonlyMap<string, Treatment> = (() => {
  const map = new Map<string, Treatment>();
  for (const [treatment, langs] of Object.entries(WORDS) as [Treatment, Record<Language, readonly string[]>][]) {
    for (const word of Object.values(langs).flat()) {
      const key = foldAccents(word);
      // A programming error: a word may name one treatment only.
      if (map.has(key) && map.get(key) !== treatment) throw new Error(`Treatment word "${word}" claimed twice`);
      map.set(key, treatment);
    }
  }
  return map;
})();

const FILLER_SET = new Set(FILLERS);
const NEGATION_SET = new Set(NEGATIONS);

/**
 * The treatment a cell names, or null when it names none (blank text included). The decision is
 * the phrase's first word (English, French, Spanish, Portuguese, Italian: "Accept with monitoring",
 * "Mitigate - patch") or its last (German, Dutch: "Mit Monitoring akzeptieren"); the rest qualifies
 * it, and a note in brackets is ignored. A phrase naming two options ("Mitigate or transfer") or
 * negating one ("Not accepted") names none. Worked out once per text: a register repeats a
 * handful of words on every row.
 */
export const parseTreatment: (text: string) => Treatment | null = oncePerText(5_000, parseUncached);

function parseUncached(text: string): Treatment | null {
  const words = foldAccents(text.toLowerCase().replace(/\s*[([].*$/s, ''))
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '' && !FILLER_SET.has(w));
  const phrase = words.join(' ');
  if (NO_ACTION.some((p) => phrase === p || phrase.startsWith(`${p} `))) return 'accept';
  if (words.length === 0 || words.some((w) => NEGATION_SET.has(w))) return null;
  const named = new Set(words.map((w) => BY_WORD.get(w)).filter((t): t is Treatment => t !== undefined));
  if (named.size !== 1) return null;
  const first = BY_WORD.get(words[0]!);
  const last = BY_WORD.get(words[words.length - 1]!);
  return first ?? last ?? null;
}
