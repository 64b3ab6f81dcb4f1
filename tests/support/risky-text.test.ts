/** The table the escaping tests of every host share covers every risky first character. */
import { ALL_RISKY_TEXTS, RISKY_FIRST_CHARACTERS, RISKY_TEXTS, startsRisky } from './risky-text';

describe('the risky text table', () => {
  it.each(RISKY_FIRST_CHARACTERS.map((c) => [JSON.stringify(c), c]))('has texts starting with %s, with and without a digit', (_shown, first) => {
    const texts = RISKY_TEXTS.filter((t) => t.startsWith(first));
    expect(texts.filter((t) => !/\d/.test(t)).length).toBeGreaterThan(0);
    expect(texts.filter((t) => /\d/.test(t)).length).toBeGreaterThan(0);
  });

  it('has the texts of the plan contract: =SUM, +foo, -bar baz, @home, a tab, a carriage return and =1+1', () => {
    expect(RISKY_TEXTS).toEqual(expect.arrayContaining(['=SUM', '+foo', '-bar baz', '@home', '\tindented', '\rreturn', '=1+1']));
  });

  it('tells the risky texts from the others by their first character', () => {
    expect(RISKY_TEXTS.every(startsRisky)).toBe(true);
    expect(ALL_RISKY_TEXTS.filter((t) => !startsRisky(t))).toEqual(["'quoted", "'=1+1"]);
  });
});
