/**
 * Any header word of the vocabulary names its field however a team spells it: in capitals, in
 * Title Case, snake_case or camelCase, with extra spaces or punctuation between its words, without
 * its accents, with a number sign or a note such as "(1-5)" after it.
 */
import * as fc from 'fast-check';
import { matchHeader } from '../../../core/register/fields';
import { FIELD_WORDS, LANGUAGES, SCORE_OR_LEVEL_WORDS } from '../../../core/register/header-vocabulary';
import type { RegisterField } from '../../../core/register/types';

const WORDS: readonly (readonly [string, RegisterField])[] = [
  ...(Object.entries(FIELD_WORDS) as [RegisterField, (typeof FIELD_WORDS)[RegisterField]][]).flatMap(([field, table]) =>
    [table.words, table.generic, table.fallback].flatMap((words) => LANGUAGES.flatMap((lang) => (words?.[lang] ?? []).map((w) => [w, field] as const))),
  ),
  ...LANGUAGES.flatMap((lang) => (SCORE_OR_LEVEL_WORDS[lang] ?? []).map((w) => [w, 'inherentLevel' as RegisterField] as const)),
];

const titleCase = (w: string): string => w.replace(/\p{L}+/gu, (p) => p[0]!.toUpperCase() + p.slice(1).toLowerCase());
const camelCase = (w: string): string =>
  // Only words of letters: "Nº de riesgo" has no camelCase a team would type.
  !/^[\p{Ll}\p{Lu} ]+$/u.test(w)
    ? w
    : w
    .split(/\s+/)
    .map((p, i) => (i === 0 ? p.toLowerCase() : p.charAt(0).toUpperCase() + p.slice(1).toLowerCase()))
    .join('');
const withoutAccents = (w: string): string => w.normalize('NFD').replace(/\p{M}+/gu, '');

const caseOf = fc.constantFrom<(w: string) => string>(
  (w) => w,
  (w) => w.toLowerCase(),
  (w) => w.toUpperCase(),
  titleCase,
  camelCase,
);
const joiner = fc.constantFrom(' ', '  ', '_', '-', '.', ' _ ');
const decoration = fc.constantFrom<(w: string) => string>(
  (w) => w,
  (w) => ` ${w} `,
  (w) => `${w} (1-5)`,
  (w) => `${w} [1–5]`,
  (w) => `${w} #`,
  (w) => `# ${w}`,
  (w) => `${w}:`,
  (w) => `${w} *`,
);

describe('header words in any spelling', () => {
  it('name their field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDS), caseOf, joiner, decoration, fc.boolean(), ([word, field], cased, join, decorate, fold) => {
        const base = fold ? withoutAccents(word) : word;
        const spelled = decorate(cased(base).replace(/ /g, join));
        // "Risk" followed by a number sign is the risk id: a decoration that makes another header is not one.
        fc.pre(!(decorate(' ').includes('#') && (word.includes('#') || (matchHeader(`${word} No`) ?? field) !== field)));
        expect({ spelled, field: matchHeader(spelled) }).toEqual({ spelled, field });
      }),
      { numRuns: 3000 },
    );
  });

  it('every word of the vocabulary names its field as written', () => {
    expect(WORDS.filter(([w, f]) => matchHeader(w) !== f).map(([w, f]) => `${w} → ${matchHeader(w)} (want ${f})`)).toEqual([]);
  });
});
