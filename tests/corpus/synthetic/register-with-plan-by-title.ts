/**
 * Le registre d'une PME française sans colonne de traitement, et son plan de traitement sur une
 * autre feuille qui nomme chaque risque par son intitulé, non par sa référence : Risque | Mesure |
 * Responsable | Échéance | Statut. The plan types a title as people retype it (another case, a
 * trailing space, a typographic apostrophe), names one risk the register no longer has ("Vol de
 * données clients") and one title two risks share ("Hameçonnage", on two assets).
 */
import { day, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'register with no treatment column + French treatment plan keyed by risk title (one title matches no risk, one matches two)';

const REGISTER_HEADERS = ['Réf.', 'Risque', 'Actif', 'Menace', 'Vraisemblance (1-4)', 'Gravité (1-4)', 'Niveau', 'Propriétaire'];

// réf., risque, actif, menace, V, G, propriétaire
type Risque = [string, string, string, string, number, number, string];
const RISQUES: Risque[] = [
  ['R1', 'Rançongiciel sur les serveurs de fichiers', 'Serveurs de fichiers', 'Rançongiciel', 3, 4, 'DSI'],
  ['R2', 'Fuite de données par un prestataire', 'Données clients', 'Divulgation par un sous-traitant', 2, 4, 'Juriste'],
  ['R3', 'Hameçonnage', 'Messagerie', 'Vol d\u2019identifiants par courriel', 4, 3, 'RSSI'],
  ['R4', 'Hameçonnage', 'Portail clients', 'Faux portail imitant le nôtre', 2, 3, 'Responsable e-commerce'],
  ['R5', "Perte d'un ordinateur portable", 'Postes nomades', 'Perte ou vol', 3, 2, 'DSI'],
  ['R6', 'Panne du centre de données', 'Hébergement', 'Indisponibilité prolongée', 1, 4, 'DSI'],
  ['R7', 'Comptes administrateurs partagés', 'Annuaire', 'Usurpation de compte', 3, 4, 'RSSI'],
  ['R8', 'Site web défiguré', 'Site vitrine', 'Défiguration', 2, 1, 'Responsable communication'],
];

function niveau(score: number): string {
  return score >= 12 ? 'Critique' : score >= 8 ? 'Élevé' : score >= 4 ? 'Modéré' : 'Faible';
}

const PLAN_HEADERS = ['Risque', 'Mesure', 'Responsable', 'Échéance', 'Statut'];
const PLAN: [string, string, string, string, string][] = [
  ['Rançongiciel sur les serveurs de fichiers', 'Sauvegardes hors ligne et test de restauration', 'DSI', '2026-09-30', 'En cours'],
  ['rançongiciel sur les serveurs de fichiers ', 'EDR sur tous les serveurs', 'RSSI', '2026-06-30', 'Terminé'],
  ['Fuite de données par un prestataire', 'Clauses de sécurité dans les contrats de sous-traitance', 'Juriste', '2026-12-31', 'À faire'],
  ['Hameçonnage', 'Campagne de sensibilisation trimestrielle', 'RSSI', '2026-10-15', 'En cours'],
  ['Perte d\u2019un ordinateur portable', 'Chiffrement BitLocker des postes nomades', 'DSI', '2026-05-31', 'Terminé'],
  ['Comptes administrateurs partagés', 'Comptes nominatifs et coffre-fort de mots de passe', 'RSSI', '2026-07-31', 'En cours'],
  ['Vol de données clients', 'Chiffrement de la base clients', 'DSI', '2026-11-30', 'À faire'],
];

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();

  const reg = wb.addWorksheet('Registre');
  writeTitle(reg, 1, 1, 'Registre des risques \u2013 Ateliers Morel SAS', 14);
  writeRows(reg, 2, 1, [REGISTER_HEADERS]);
  RISQUES.forEach(([ref, risque, actif, menace, v, g, proprietaire], k) => {
    writeRows(reg, 3 + k, 1, [[ref, risque, actif, menace, v, g, niveau(v * g), proprietaire]]);
  });
  styleHeader(reg, 2, 2, 1, REGISTER_HEADERS.length);
  styleBody(reg, 3, 2 + RISQUES.length, 1, REGISTER_HEADERS.length);
  setWidths(reg, [6, 40, 22, 32, 13, 12, 10, 24]);

  const plan = wb.addWorksheet('Plan de traitement');
  writeRows(plan, 1, 1, [PLAN_HEADERS]);
  PLAN.forEach(([risque, mesure, responsable, echeance, statut], k) => writeRows(plan, 2 + k, 1, [[risque, mesure, responsable, day(echeance), statut]]));
  styleHeader(plan, 1, 1, 1, PLAN_HEADERS.length);
  styleBody(plan, 2, 1 + PLAN.length, 1, PLAN_HEADERS.length);
  setWidths(plan, [42, 52, 14, 12, 10]);
  return saveWorkbook(wb);
}
