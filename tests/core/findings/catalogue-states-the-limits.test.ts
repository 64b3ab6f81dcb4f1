/**
 * The catalogue's words are plain text (the rules page is generated from them), so where a rule
 * names a limit this test holds it to the one the core checks (core/limits.ts).
 */
import { ruleDefinition } from '../../../core/findings/catalogue';
import { MAX_LEVELS, MIN_LEVELS } from '../../../core/limits';

describe('the catalogue states the limits the core checks', () => {
  it('a scale of the wrong size: between MIN_LEVELS and MAX_LEVELS levels', () => {
    const rule = ruleDefinition('methodology-scale-size');
    expect(rule.title).toBe(`A scale has fewer than ${MIN_LEVELS} or more than ${MAX_LEVELS} levels`);
    expect(rule.why).toContain(`outside ${MIN_LEVELS} to ${MAX_LEVELS} levels`);
    expect(rule.message).toContain(`Riskbook supports ${MIN_LEVELS} to ${MAX_LEVELS}.`);
    expect(rule.fix).toContain(`between ${MIN_LEVELS} and ${MAX_LEVELS} levels`);
  });
});
