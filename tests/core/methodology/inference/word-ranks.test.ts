/**
 * The rank lexicon puts a team's rating words in order, whatever language it writes them in:
 * equivalents share a slot, a column that mixes languages still orders, and the scale is the
 * shortest run of one family that holds every word, grown to at least three levels.
 */
import { RANK_FAMILIES } from '../../../../core/methodology/inference/rank-lexicon';
import { normalWord, rankWords, slotWord } from '../../../../core/methodology/inference/word-ranks';

/** The scale words a run stands for: the team's own where it wrote one, else the family's. */
function scale(words: readonly string[]): string[] | null {
  const keys = words.map(normalWord);
  const run = rankWords(keys);
  if (!run) return null;
  const out: string[] = [];
  for (let slot = run.first; slot <= run.last; slot++) {
    const own = words.find((w) => run.slotOf.get(normalWord(w)) === slot);
    out.push(own ?? slotWord(run.family, slot));
  }
  return out;
}

describe('the rank lexicon', () => {
  it.each(RANK_FAMILIES.map((f) => [f.name, f] as const))('%s: no word sits in two slots, every slot has an English word first', (_name, family) => {
    const seen = new Map<string, number>();
    family.slots.forEach((slot, i) => {
      expect(slot[0]).toMatch(/^[A-Z]/);
      for (const word of slot) {
        const key = normalWord(word);
        if (seen.has(key)) expect([key, seen.get(key)]).toEqual([key, i]);
        seen.set(key, i);
      }
    });
    expect(family.core[0]).toBeLessThanOrEqual(family.core[1]);
    expect(family.core[1]).toBeLessThan(family.slots.length);
  });
});

describe('ordering a team\'s words', () => {
  it('orders English likelihood words on the ISO 31000 scale', () => {
    expect(scale(['Likely', 'Rare', 'Almost certain', 'Possible', 'Unlikely'])).toEqual(['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']);
  });

  it('orders German, French, Spanish, Portuguese, Italian and Dutch words the same way', () => {
    expect(scale(['wahrscheinlich', 'selten', 'möglich', 'unwahrscheinlich', 'sehr wahrscheinlich'])).toEqual(['selten', 'unwahrscheinlich', 'möglich', 'wahrscheinlich', 'sehr wahrscheinlich']);
    expect(scale(['élevé', 'faible', 'moyen', 'très élevé'])).toEqual(['faible', 'moyen', 'élevé', 'très élevé']);
    expect(scale(['alto', 'bajo', 'medio', 'muy alto', 'crítico'])).toEqual(['bajo', 'medio', 'alto', 'muy alto', 'crítico']);
    expect(scale(['baixo', 'alto', 'médio', 'muito alto'])).toEqual(['baixo', 'médio', 'alto', 'muito alto']);
    expect(scale(['molto alto', 'basso', 'alto', 'medio'])).toEqual(['basso', 'medio', 'alto', 'molto alto']);
    expect(scale(['hoog', 'laag', 'gemiddeld', 'zeer hoog'])).toEqual(['laag', 'gemiddeld', 'hoog', 'zeer hoog']);
    expect(scale(['gering', 'hoch', 'mittel', 'sehr hoch', 'kritisch'])).toEqual(['gering', 'mittel', 'hoch', 'sehr hoch', 'kritisch']);
  });

  it('orders a column that mixes French and English (CISO Assistant\'s import template)', () => {
    expect(scale(['vraisemblable', 'unlikely', 'very likely', 'certain'])).toEqual(['unlikely', 'vraisemblable', 'very likely', 'certain']);
    expect(scale(['mineur', 'important', 'significatif', 'critique'])).toEqual(['mineur', 'significatif', 'important', 'critique']);
  });

  it('takes the family with the fewest levels: four German words stay four levels', () => {
    expect(scale(['selten', 'möglich', 'wahrscheinlich', 'häufig'])).toEqual(['selten', 'möglich', 'wahrscheinlich', 'häufig']);
    expect(scale(['very unlikely', 'unlikely', 'likely', 'very likely'])).toEqual(['very unlikely', 'unlikely', 'likely', 'very likely']);
  });

  it('grows a short run to three levels, into the family\'s usual scale first', () => {
    expect(scale(['High', 'Medium'])).toEqual(['Low', 'Medium', 'High']);
    expect(scale(['Medium', 'Low'])).toEqual(['Low', 'Medium', 'High']);
    expect(scale(['High'])).toEqual(['Low', 'Medium', 'High']);
    expect(scale(['High', 'Critical'])).toEqual(['Medium', 'High', 'Critical']);
  });

  it('fills the levels between the words used with the family\'s English words', () => {
    expect(scale(['Low', 'Critical'])).toEqual(['Low', 'Medium', 'High', 'Critical']);
  });

  it('reads H / M / L letters, case, accents and hyphens aside', () => {
    expect(scale(['H', 'l', 'M'])).toEqual(['l', 'M', 'H']);
    expect(scale(['TRES ELEVE', 'Eleve', 'moyen'])).toEqual(['moyen', 'Eleve', 'TRES ELEVE']);
    // Two families fit in four levels; the earlier one (ISO 31000) fills the gap.
    expect(scale(['quasi-certain', 'peu vraisemblable', 'vraisemblable'])).toEqual(['peu vraisemblable', 'Possible', 'vraisemblable', 'quasi-certain']);
  });

  it('places words of severity on the impact scales', () => {
    expect(scale(['Catastrophic', 'Minor', 'Insignificant', 'Major', 'Moderate'])).toEqual(['Insignificant', 'Minor', 'Moderate', 'Major', 'Catastrophic']);
    expect(scale(['Negligible', 'Minor', 'Moderate', 'Major', 'Severe', 'Catastrophic'])).toEqual(['Negligible', 'Minor', 'Moderate', 'Major', 'Severe', 'Catastrophic']);
  });

  it('places nothing when a word fits no family, or two words of one family share a rung', () => {
    expect(scale(['Amber', 'Green', 'Red'])).toBeNull();
    expect(scale(['High', 'Medium', 'Purple'])).toBeNull();
  });
});
