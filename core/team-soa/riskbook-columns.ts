/**
 * What Riskbook writes on a team's SoA sheet: three derived columns beside the team's last column,
 * and a block of rows under the team's table for Annex A controls the team did not list. The
 * headers carry Riskbook's name, so a person sees at once that these cells are not theirs, and the
 * settings sheet records where they are; everything else on the sheet is the team's and is only read.
 */
export const TEAM_SOA_COLUMNS = {
  linkedRisks: 'Riskbook · Linked risks',
  composedJustification: 'Riskbook · Justification from the register',
  readAs: 'Riskbook · Read as',
} as const;

export type TeamSoaDerived = keyof typeof TEAM_SOA_COLUMNS;

/** The heading over the rows Riskbook adds for controls the team's SoA does not list. */
export const ADDED_BLOCK_HEADING = 'Added by Riskbook: Annex A controls this SoA did not list. Decide each one here (or move the row into your table).';

/** True for a header cell Riskbook wrote: the team SoA reader never takes it for a team column. */
export function isRiskbookSoaHeader(text: string): boolean {
  const t = text.trim();
  return Object.values(TEAM_SOA_COLUMNS).some((h) => h === t);
}
