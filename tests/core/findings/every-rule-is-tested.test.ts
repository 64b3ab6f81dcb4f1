/**
 * Every rule in the catalogue is exercised by at least one test outside this file: a rule whose
 * code no test names is a rule nobody has seen fire. The code must be named in test code, as a
 * string literal: a code that only a comment mentions does not count.
 */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { RULES } from '../../../core/findings/catalogue';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === '.tmp' || e.name === '__golden__' ? [] : testFiles(full);
    return /\.test\.tsx?$/.test(e.name) && full !== __filename ? [full] : [];
  });
}

/**
 * The source with every line and block comment (JSDoc included) blanked out, line breaks kept.
 * TypeScript's parser finds the comments, so `//` inside a string, a template or a regular
 * expression is left alone.
 */
function withoutComments(file: string, text: string): string {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out = text.split('');
  const blank = (range: ts.CommentRange): void => {
    for (let i = range.pos; i < range.end; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  };
  // Comments are trivia around tokens: those before a token, and those after it on its line.
  const visit = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    const children = node.getChildren(source);
    if (children.length > 0) return children.forEach(visit);
    (ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []).forEach(blank);
    (ts.getTrailingCommentRanges(text, node.getEnd()) ?? []).forEach(blank);
  };
  visit(source);
  return out.join('');
}

/** The codes of `codes` that `text` names as a quoted string. */
function named(codes: readonly string[], text: string): string[] {
  return codes.filter((code) => text.includes(`'${code}'`) || text.includes(`"${code}"`) || text.includes(`\`${code}\``));
}

describe('withoutComments', () => {
  it('blanks line, block and JSDoc comments and keeps the code around them', () => {
    const text = [
      "/** Fires 'risk-owner-missing'. */",
      "const a = 'risk-id-missing'; // and 'review-overdue'",
      "/* 'soa-stale' */ expect(codes).toContain('rtp-overdue');",
      '// last line: \'control-unknown\'',
    ].join('\n');
    const stripped = withoutComments('example.test.ts', text);
    expect(named(['risk-owner-missing', 'risk-id-missing', 'review-overdue', 'soa-stale', 'rtp-overdue', 'control-unknown'], stripped)).toEqual([
      'risk-id-missing',
      'rtp-overdue',
    ]);
    expect(stripped.split('\n')).toHaveLength(4);
  });

  // `${` is spelt in two pieces so the sources below stay plain strings (no-template-curly-in-string).
  const open = '$' + '{';

  it('leaves `//` and `/*` inside strings, templates and regular expressions alone', () => {
    const text = "const u = 'http://example.com/*x*/'; const t = `a // " + open + "'soa-stale'} /* b */`; const r = /\\/\\/'review-overdue'/;";
    expect(withoutComments('example.test.ts', text)).toBe(text);
  });

  it('blanks comments inside template expressions and JSX', () => {
    const text = 'const t = `' + open + "1 /* 'soa-stale' */}`;\nconst e = <div>{/* 'rtp-overdue' */ 'risk-unscored'}</div>;";
    expect(named(['soa-stale', 'rtp-overdue', 'risk-unscored'], withoutComments('example.test.tsx', text))).toEqual(['risk-unscored']);
  });
});

it('every rule code appears in the code of a test that checks it, not only in a comment', () => {
  const text = testFiles(path.resolve(__dirname, '../..'))
    .map((f) => withoutComments(f, readFileSync(f, 'utf8')))
    .join('\n');
  const codes = [...RULES.keys()];
  const tested = new Set(named(codes, text));
  expect(codes.filter((code) => !tested.has(code))).toEqual([]);
});
