import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../core/findings/catalogue';
import { RULES_DOC_PATH, renderRulesDoc } from '../../../scripts/generate-rules-doc';

const CORE = join(__dirname, '..', '..', '..', 'core');
const CATALOGUE = join(CORE, 'findings', 'catalogue.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') && path !== CATALOGUE ? [path] : [];
  });
}

describe('the rules page', () => {
  it('is up to date with the findings catalogue', () => {
    const onDisk = readFileSync(RULES_DOC_PATH, 'utf8');
    if (onDisk !== renderRulesDoc()) {
      throw new Error('docs/rules.md is out of date with core/findings/catalogue.ts: run `npm run docs:rules`.');
    }
  });

  it('documents only codes some rule in core/ actually raises', () => {
    const sources = sourceFiles(CORE).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    const neverRaised = [...RULES.keys()].filter(
      (code) => !sources.some((s) => s.text.includes(`'${code}'`) || s.text.includes(`"${code}"`)),
    );
    // Listed by name so the failure says which rules still need writing (or which codes to retire).
    expect(neverRaised).toEqual([]);
  });
});
