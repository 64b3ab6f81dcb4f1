/**
 * A risk's type (Clause 6.1.1): a risk to the ISMS itself (its scope, resources, competence,
 * commitment: the management system achieving its outcomes) or an information security risk
 * (Clause 6.1.2). Read from the team's own type column in the words teams type, in the register's
 * languages. A type the words do not name (teams also head a category column "Risk type": Technical,
 * People…) is an information security risk, as is a risk of a register with no type column.
 */
import { oncePerText } from '../memo';
import { foldAccents } from './header-words';

export type RiskType = 'isms' | 'security';

/** Words that name the management system: a whole word of the cell, after accents are left out. */
const ISMS_WORDS: readonly string[] = ['isms', 'smsi', 'sgsi', 'isms-level', 'isms level', 'isms risk', 'management system', 'managementsystem', 'managementsysteem'];
/** Phrases for the management system in the register's languages. */
const ISMS_PHRASES: readonly string[] = [
  'systeme de management', 'sistema de gestion', 'sistema de gestao', 'sistema di gestione', 'management van informatiebeveiliging',
];
const SECURITY_PHRASES: readonly string[] = [
  'information security', 'infosec', 'security', 'cyber', 'cybersecurity', 'informationssicherheit', 'sicherheit', 'securite', "securite de l'information",
  'seguridad', 'seguridad de la informacion', 'seguranca', 'seguranca da informacao', 'sicurezza', 'sicurezza delle informazioni', 'informatiebeveiliging', 'beveiliging',
];

function folded(text: string): string {
  return foldAccents(text.trim().toLowerCase()).replace(/[\s_]+/g, ' ');
}

function hasWord(text: string, word: string): boolean {
  const at = text.indexOf(word);
  if (at < 0) return false;
  const before = at === 0 ? '' : text[at - 1]!;
  const after = text[at + word.length] ?? '';
  return !/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after);
}

/** The type a cell names; null for a blank cell or words that name neither (then: information security). */
export const parseRiskType = oncePerText(1000, (text: string): RiskType | null => {
  const t = folded(text);
  if (t === '') return null;
  if (ISMS_WORDS.some((w) => hasWord(t, w)) || ISMS_PHRASES.some((p) => t.includes(p))) return 'isms';
  if (SECURITY_PHRASES.some((p) => hasWord(t, p))) return 'security';
  return null;
});
