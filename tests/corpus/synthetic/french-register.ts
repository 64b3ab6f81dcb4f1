/**
 * Le registre des risques SSI d'une mutuelle : French headers, EBIOS-style word scales
 * (vraisemblance Peu vraisemblable … Quasi certain, gravité Mineure … Critique), a risk level from
 * the team's own 4 x 4 grid (not a product), residual vraisemblance and gravité, treatment words
 * Réduire / Accepter / Transférer / Éviter, and measures cited as "8.7 ; 8.13" with French spacing.
 */
import { day, lookup, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'French register: French headers, EBIOS-style word scales, level from a 4 x 4 grid, residual vraisemblance and gravité';

type Vraisemblance = 'Peu vraisemblable' | 'Vraisemblable' | 'Très vraisemblable' | 'Quasi certain';
type Gravite = 'Mineure' | 'Significative' | 'Grave' | 'Critique';
const V: readonly Vraisemblance[] = ['Peu vraisemblable', 'Vraisemblable', 'Très vraisemblable', 'Quasi certain'];
const G: readonly Gravite[] = ['Mineure', 'Significative', 'Grave', 'Critique'];
// Lignes : vraisemblance ; colonnes : gravité (la grille de la politique de gestion des risques).
const GRILLE = [
  ['Faible', 'Faible', 'Modéré', 'Élevé'],
  ['Faible', 'Modéré', 'Élevé', 'Élevé'],
  ['Modéré', 'Élevé', 'Élevé', 'Critique'],
  ['Élevé', 'Élevé', 'Critique', 'Critique'],
] as const;

function niveau(v: Vraisemblance, g: Gravite): string {
  return lookup(GRILLE, V.indexOf(v), G.indexOf(g));
}

// réf., actif, menace, vulnérabilité, V, G, propriétaire, traitement, mesures, V résiduelle, G résiduelle, dernière revue
type Row = [string, string, string, string, Vraisemblance, Gravite, string, string, string | null, Vraisemblance, Gravite, string];
const RISQUES: Row[] = [
  ['MH-01', 'Base adhérents (CRM)', 'Vol de données par un attaquant externe', 'Application exposée sur Internet sans pare-feu applicatif', 'Très vraisemblable', 'Critique', "Directeur des systèmes d'information", 'Réduire', '8.20 ; 8.26 ; 8.16', 'Peu vraisemblable', 'Grave', '2026-09-18'],
  ['MH-02', 'Plateforme de gestion des remboursements', 'Rançongiciel', 'Sauvegardes accessibles depuis le réseau de production', 'Vraisemblable', 'Critique', "Directeur des systèmes d'information", 'Réduire', '8.7 ; 8.13 ; 5.30', 'Peu vraisemblable', 'Grave', '2026-09-18'],
  ['MH-03', 'Messagerie', 'Hameçonnage ciblé des gestionnaires', 'Sensibilisation insuffisante du personnel', 'Quasi certain', 'Significative', 'RSSI', 'Réduire', '6.3 ; 8.5', 'Vraisemblable', 'Mineure', '2026-10-07'],
  ['MH-04', 'Données de santé des adhérents', 'Divulgation par un sous-traitant', 'Clauses de sécurité absentes du contrat', 'Vraisemblable', 'Grave', 'Délégué à la protection des données', 'Réduire', '5.19 ; 5.20', 'Peu vraisemblable', 'Grave', '2026-06-25'],
  ['MH-05', 'Postes de travail nomades', "Vol d'un ordinateur portable", 'Chiffrement du disque non généralisé', 'Vraisemblable', 'Significative', 'Responsable du support informatique', 'Réduire', '8.1 ; 8.24', 'Peu vraisemblable', 'Mineure', '2026-08-30'],
  ['MH-06', 'Salle serveurs du siège (Lyon)', 'Dégât des eaux', 'Salle située sous des canalisations', 'Peu vraisemblable', 'Grave', 'Responsable des services généraux', 'Transférer', '7.5 ; 7.11', 'Peu vraisemblable', 'Significative', '2026-04-14'],
  ['MH-07', 'Application de tarification (héritée)', "Exploitation d'une faille non corrigée", "L'éditeur n'assure plus la maintenance", 'Vraisemblable', 'Grave', "Directeur des systèmes d'information", 'Éviter', null, 'Peu vraisemblable', 'Mineure', '2026-09-18'],
  ['MH-08', 'Archives papier', 'Consultation par des personnes non autorisées', 'Armoires non verrouillées', 'Peu vraisemblable', 'Mineure', 'Responsable des services généraux', 'Accepter', null, 'Peu vraisemblable', 'Mineure', '2026-04-14'],
  ['MH-09', 'Comptes à privilèges', "Usurpation d'un compte administrateur", "Pas d'authentification multifacteur", 'Vraisemblable', 'Critique', 'RSSI', 'Réduire', '8.2 ; 8.5 ; 5.18', 'Peu vraisemblable', 'Grave', '2026-10-07'],
  ['MH-10', 'Site web institutionnel', 'Défiguration du site', 'CMS non mis à jour', 'Vraisemblable', 'Mineure', 'Responsable communication', 'Accepter', null, 'Vraisemblable', 'Mineure', '2026-05-21'],
  ['MH-11', "Centre d'appels (prestataire)", 'Fuite de données des appels enregistrés', 'Enregistrements conservés sans limite de durée', 'Très vraisemblable', 'Significative', 'Délégué à la protection des données', 'Réduire', '5.34 ; 8.10', 'Vraisemblable', 'Mineure', '2026-06-25'],
];

const HEADER = 3;
const ENTETES = [
  'Réf.',
  'Actif',
  'Menace',
  'Vulnérabilité',
  'Vraisemblance',
  'Gravité',
  'Niveau de risque',
  'Propriétaire du risque',
  'Traitement',
  'Mesures (Annexe A)',
  'Vraisemblance résiduelle',
  'Gravité résiduelle',
  'Niveau résiduel',
  'Dernière revue',
];

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Registre des risques');
  writeTitle(ws, 1, 1, 'Registre des risques SSI – Mutuelle Horizon');
  writeRows(ws, 2, 1, [['Version 2.0 – validé par le comité sécurité le 02/10/2026']]);
  writeRows(ws, HEADER, 1, [ENTETES]);
  RISQUES.forEach(([ref, actif, menace, vuln, v, g, proprietaire, traitement, mesures, vr, gr, revue], k) => {
    const row = HEADER + 1 + k;
    writeRows(ws, row, 1, [[ref, actif, menace, vuln, v, g, niveau(v, g), proprietaire, traitement, mesures, vr, gr, niveau(vr, gr), day(revue)]]);
    ws.getCell(row, 14).numFmt = 'dd/mm/yyyy';
  });
  styleHeader(ws, HEADER, HEADER, 1, ENTETES.length);
  styleBody(ws, HEADER + 1, HEADER + RISQUES.length, 1, ENTETES.length);
  setWidths(ws, [7, 26, 32, 36, 16, 13, 11, 26, 11, 18, 16, 13, 11, 12]);
  return saveWorkbook(wb);
}
