/**
 * The words teams rate by, as data: families of ordered slots, lowest first. A slot holds one
 * rung of a scale in every language Riskbook reads (English, German, French, Spanish, Portuguese,
 * Italian, Dutch), so "unlikely", "peu vraisemblable" and "unwahrscheinlich" share a slot and a
 * column that mixes languages still orders. A family is one scale as teams really keep it; the
 * same word may sit in several families (the 4-level EBIOS likelihood and the 5-level ISO 31000
 * one both have "likely"), and the reader picks the family that fits the words with the fewest
 * levels added (word-ranks.ts).
 *
 * The first word of a slot is the English word written for a level the team never used.
 * Matching ignores case, accents, hyphens and repeated spaces.
 */

export interface RankFamily {
  /** For tests and messages. */
  readonly name: string;
  /** Lowest first: [English word, ...every equivalent]. */
  readonly slots: readonly (readonly string[])[];
  /** 0-based inclusive slots of the family's usual scale: a scale of one or two words grows into these first. */
  readonly core: readonly [number, number];
}

const UNLIKELY = ['Unlikely', 'unlikely', 'improbable', 'not likely', 'unwahrscheinlich', 'peu probable', 'peu vraisemblable', 'poco probable', 'improvável', 'pouco provável', 'improbabile', 'poco probabile', 'onwaarschijnlijk'];
const POSSIBLE = ['Possible', 'possible', 'occasional', 'möglich', 'denkbar', 'posible', 'possível', 'possibile', 'mogelijk'];
const LIKELY = ['Likely', 'likely', 'probable', 'wahrscheinlich', 'vraisemblable', 'provável', 'probabile', 'waarschijnlijk'];
const VERY_LIKELY = ['Very likely', 'very likely', 'highly likely', 'sehr wahrscheinlich', 'très probable', 'très vraisemblable', 'muy probable', 'muito provável', 'molto probabile', 'zeer waarschijnlijk'];
const ALMOST_CERTAIN = ['Almost certain', 'almost certain', 'nearly certain', 'virtually certain', 'fast sicher', 'nahezu sicher', 'quasi certain', 'quasi certaine', 'presque certain', 'casi seguro', 'casi cierto', 'quase certo', 'quasi certo', 'bijna zeker'];
const FREQUENT = ['Frequent', 'frequent', 'häufig', 'fréquent', 'frecuente', 'frequente', 'vaak'];
const VERY_UNLIKELY = ['Very unlikely', 'very unlikely', 'highly unlikely', 'sehr unwahrscheinlich', 'très improbable', 'très peu probable', 'muy improbable', 'muito improvável', 'molto improbabile', 'zeer onwaarschijnlijk'];
const RARE = ['Rare', 'rare', 'remote', 'selten', 'raro', 'rara', 'zelden', 'zeldzaam'];

const VERY_LOW = ['Very low', 'very low', 'VL', 'minimal', 'sehr gering', 'sehr niedrig', 'très faible', 'très bas', 'muy bajo', 'muy baja', 'muito baixo', 'muito baixa', 'molto basso', 'molto bassa', 'zeer laag', 'zeer gering'];
const LOW = ['Low', 'low', 'L', 'gering', 'niedrig', 'faible', 'bas', 'basse', 'bajo', 'baja', 'baixo', 'baixa', 'basso', 'bassa', 'laag'];
const MEDIUM = ['Medium', 'medium', 'M', 'med', 'moderate', 'mittel', 'moyen', 'moyenne', 'modéré', 'modérée', 'medio', 'media', 'médio', 'média', 'moderado', 'moderada', 'moderato', 'middel', 'gemiddeld', 'matig'];
const HIGH = ['High', 'high', 'H', 'hoch', 'élevé', 'élevée', 'haut', 'haute', 'fort', 'forte', 'alto', 'alta', 'elevado', 'elevada', 'elevato', 'elevata', 'hoog'];
const VERY_HIGH = ['Very high', 'very high', 'VH', 'sehr hoch', 'très élevé', 'très élevée', 'très haut', 'très fort', 'muy alto', 'muy alta', 'muito alto', 'muito alta', 'molto alto', 'molto alta', 'zeer hoog'];
const CRITICAL = ['Critical', 'critical', 'extreme', 'kritisch', 'extrem', 'critique', 'extrême', 'crítico', 'crítica', 'extremo', 'extrema', 'critico', 'critica', 'estremo', 'kritiek', 'extreem'];

const NEGLIGIBLE = ['Negligible', 'negligible', 'insignificant', 'vernachlässigbar', 'unbedeutend', 'unerheblich', 'négligeable', 'insignifiant', 'despreciable', 'insignificante', 'desprezível', 'trascurabile', 'irrilevante', 'verwaarloosbaar', 'onbeduidend'];
const MINOR = ['Minor', 'minor', 'gering', 'klein', 'mineur', 'mineure', 'menor', 'leve', 'minore', 'lieve'];
const MODERATE = ['Moderate', 'moderate', 'mäßig', 'moderat', 'modéré', 'modérée', 'moderado', 'moderada', 'moderato', 'matig'];
const MAJOR = ['Major', 'major', 'erheblich', 'schwer', 'majeur', 'majeure', 'mayor', 'grave', 'maggiore', 'groot', 'ernstig'];
const SEVERE = ['Severe', 'severe', 'sehr schwer', 'sévère', 'severo', 'severa', 'zwaar'];
const CATASTROPHIC = ['Catastrophic', 'catastrophic', 'katastrophal', 'existenzbedrohend', 'catastrophique', 'catastrófico', 'catastrófica', 'catastrofico', 'catastrofica', 'catastrofaal'];

/**
 * Families in order of preference: when two fit the same words equally well, the earlier one's
 * words fill the levels the team did not use.
 */
export const RANK_FAMILIES: readonly RankFamily[] = [
  {
    name: 'levels: very low … very high or critical',
    slots: [VERY_LOW, LOW, MEDIUM, HIGH, [...VERY_HIGH, ...CRITICAL]],
    core: [1, 3],
  },
  {
    name: 'levels: very low … very high, critical',
    slots: [VERY_LOW, LOW, MEDIUM, HIGH, VERY_HIGH, CRITICAL],
    core: [1, 3],
  },
  {
    name: 'likelihood: rare … almost certain (ISO 31000)',
    slots: [RARE, UNLIKELY, POSSIBLE, LIKELY, [...ALMOST_CERTAIN, 'very likely', 'highly likely', 'frequent', 'sehr wahrscheinlich', 'très probable', 'très vraisemblable', 'muy probable', 'muito provável', 'molto probabile', 'zeer waarschijnlijk']],
    core: [1, 3],
  },
  {
    name: 'likelihood: very unlikely … very likely',
    slots: [VERY_UNLIKELY, UNLIKELY, POSSIBLE, LIKELY, VERY_LIKELY],
    core: [1, 3],
  },
  {
    name: 'likelihood: very unlikely … very likely, four levels',
    slots: [VERY_UNLIKELY, UNLIKELY, LIKELY, VERY_LIKELY],
    core: [0, 3],
  },
  {
    name: 'likelihood: unlikely … certain (EBIOS RM)',
    slots: [[...UNLIKELY, 'minime'], LIKELY, VERY_LIKELY, [...ALMOST_CERTAIN, 'certain', 'sicher', 'seguro', 'cierto', 'certo', 'zeker']],
    core: [0, 2],
  },
  {
    name: 'likelihood: rare … certain',
    slots: [RARE, UNLIKELY, POSSIBLE, LIKELY, [...VERY_LIKELY, 'frequent'], ALMOST_CERTAIN, ['Certain', 'certain', 'sicher', 'seguro', 'cierto', 'certo', 'zeker']],
    core: [1, 3],
  },
  {
    name: 'likelihood: rare … frequent',
    slots: [RARE, POSSIBLE, LIKELY, FREQUENT],
    core: [0, 2],
  },
  {
    name: 'frequency: very rare … very frequent',
    slots: [
      ['Very rare', 'very rare', 'sehr selten', 'très rare', 'muy raro', 'muito raro', 'molto raro', 'zeer zelden'],
      RARE,
      ['Occasional', 'occasional', 'gelegentlich', 'occasionnel', 'ocasional', 'occasionale', 'soms', 'medium', 'mittel', 'moyen', 'medio', 'médio', 'gemiddeld'],
      FREQUENT,
      ['Very frequent', 'very frequent', 'sehr häufig', 'très fréquent', 'muy frecuente', 'muito frequente', 'molto frequente', 'zeer vaak'],
    ],
    core: [1, 3],
  },
  {
    name: 'impact: insignificant … catastrophic (ISO 31000)',
    slots: [NEGLIGIBLE, MINOR, [...MODERATE, 'mittel'], MAJOR, [...CATASTROPHIC, ...SEVERE]],
    core: [1, 3],
  },
  {
    name: 'impact: negligible … catastrophic',
    slots: [NEGLIGIBLE, MINOR, MODERATE, [...MAJOR, 'significant'], SEVERE, CATASTROPHIC],
    core: [1, 3],
  },
  {
    name: 'impact: minor … critical (EBIOS RM)',
    slots: [
      [...MINOR, 'minimal', 'minime', 'limited', 'limité', 'limitée'],
      ['Significant', 'significant', 'significatif', 'significative', 'signifikant', 'significativo', 'significativa', 'significante', 'aanzienlijk'],
      ['Serious', 'serious', 'important', 'importante', 'grave', 'schwerwiegend', 'ernstig'],
      [...CRITICAL, ...CATASTROPHIC],
    ],
    core: [0, 2],
  },
  {
    name: 'impact: negligible … major (Riskbook 5 x 5)',
    slots: [NEGLIGIBLE, MINOR, ['Noticeable', 'noticeable', 'spürbar', 'notable', 'perceptible', 'percepibile', 'merkbaar'], ['Significant', 'significant', 'significatif', 'significative', 'signifikant', 'significativo', 'significativa'], MAJOR],
    core: [1, 3],
  },
  {
    name: 'impact: minor … severe (Riskbook 4 x 4)',
    slots: [MINOR, MODERATE, ['Significant', 'significant', 'significatif', 'significative', 'signifikant', 'significativo', 'significativa'], SEVERE],
    core: [0, 2],
  },
  {
    name: 'risk levels: minor … extreme',
    slots: [NEGLIGIBLE, MINOR, ['Medium', 'medium', 'moderate', 'mittel', 'moyen', 'medio', 'médio', 'gemiddeld'], [...MAJOR, 'significant'], ['Extreme', 'extreme', 'critical', 'extrem', 'kritisch', 'extrême', 'critique', 'extremo', 'crítico', 'estremo', 'critico', 'extreem', 'kritiek', 'catastrophic']],
    core: [1, 3],
  },
  {
    name: 'protection needs: normal … very high (BSI)',
    slots: [['Normal', 'normal', 'normale', 'normaal'], HIGH, VERY_HIGH],
    core: [0, 2],
  },
];
