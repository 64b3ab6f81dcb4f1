/**
 * Which Excel requirement set each Office.js member the Excel host uses needs, read from the
 * `[Api set: ExcelApi x.y]` annotations of @types/office-js, and whether each use above the
 * manifest's minimum sits behind a check that the running Excel has that set.
 *
 * A member is found by the TypeScript checker: a property read or written, a method called (the
 * overload it resolves to), an enum value, anything declared in Office.js's `Excel` namespace.
 * A use is guarded when, on the way out from it, one of these says the set is there:
 * - an `if`, `?:` or `&&` whose condition holds a guard (its `else` side when the guard is negated);
 * - an earlier statement of an enclosing block that returns or throws when a negated guard holds
 *   (`if (!support.api19) return [];`; not `if (notes && !support.api118) throw …`, after which
 *   the set is there only for code about notes, which the checker cannot tell);
 * - for code in a named function, every call of that function in the sources being guarded (a
 *   function nobody calls is not); a callback is guarded where it is written.
 * A guard is a field of ExcelSupport (`support.api19`, or a parameter of the same name carrying
 * it), its version read from excelSupport() in excel-addin/excel-requirements.ts; or a variable or
 * condition holding `isSetSupported('ExcelApi', 'x.y')` itself.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import ts from 'typescript';
import { ROOT, declarationsOf, programOf } from './ts-program';

export { ROOT };
const OFFICE_TYPES = `${path.sep}@types${path.sep}office-js${path.sep}index.d.ts`;

/** What a member needs: a version of ExcelApi, or a set no check of ours covers (online only, preview). */
export interface Requirement {
  readonly set: string;
  /** The version of ExcelApi, null for another set. */
  readonly version: string | null;
  /** The annotation as written. */
  readonly annotation: string;
}

export interface MemberUse {
  readonly file: string;
  readonly line: number;
  /** `Worksheet.getRanges`, `RangeCopyType.formats`. */
  readonly member: string;
  readonly needs: Requirement;
  /** The highest ExcelApi version a guard around the use ensures, null without one. */
  readonly guardedTo: string | null;
}

/** -1, 0 or 1 as version a is below, at or above b ("1.10" above "1.9"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

function maxVersion(versions: readonly string[]): string | null {
  return versions.reduce<string | null>((best, v) => (best === null || compareVersions(v, best) > 0 ? v : best), null);
}

/**
 * The requirement an `[Api set: …]` annotation states. Where it names several versions ("1.1 for
 * reading; 1.2 for setting", "1.2 for options; 1.7 for password") the highest counts: the check
 * does not tell a read from a write or one argument from another.
 */
export function requirementOf(annotation: string): Requirement {
  const m = /^\s*(ExcelApi(?:Online|Desktop)?)\b(.*)$/.exec(annotation);
  if (!m) return { set: annotation.trim().split(/\s+/)[0] ?? '?', version: null, annotation };
  if (m[1] !== 'ExcelApi') return { set: m[1]!, version: null, annotation };
  const version = maxVersion(m[2]!.match(/\b\d+\.\d+\b/g) ?? []);
  return { set: 'ExcelApi', version, annotation };
}

/** The `[Api set: …]` text in the comments just above a declaration, if any. */
function annotationOf(decl: ts.Node): string | null {
  const sf = decl.getSourceFile();
  const text = sf.text;
  for (const r of ts.getLeadingCommentRanges(text, decl.getFullStart()) ?? []) {
    const m = /\[Api set: ([^\]]+)\]/.exec(text.slice(r.pos, r.end));
    if (m) return m[1]!;
  }
  return null;
}

function inExcelNamespace(decl: ts.Node): boolean {
  if (!path.resolve(decl.getSourceFile().fileName).endsWith(OFFICE_TYPES)) return false;
  for (let n: ts.Node | undefined = decl.parent; n; n = n.parent) {
    if (ts.isModuleDeclaration(n) && n.name.text === 'Excel') return true;
  }
  return false;
}

/** The Excel declaration a use resolves to, with the annotation that states its set. */
function excelDeclaration(checker: ts.TypeChecker, node: ts.PropertyAccessExpression): { decl: ts.Declaration; annotation: string } | null {
  for (const decl of declarationsOf(checker, node)) {
    if (!inExcelNamespace(decl)) continue;
    // An enum value or a member without its own note takes its enum's or class's.
    for (let n: ts.Node | undefined = decl; n && !ts.isModuleDeclaration(n); n = n.parent) {
      const annotation = annotationOf(n);
      if (annotation) return { decl, annotation };
    }
  }
  return null;
}

/** A name for the member: its container and its own name. */
function memberName(decl: ts.Declaration, node: ts.PropertyAccessExpression): string {
  const owner = decl.parent && 'name' in decl.parent && decl.parent.name && ts.isIdentifier(decl.parent.name as ts.Node) ? (decl.parent.name as ts.Identifier).text : '?';
  return `${owner}.${node.name.text}`;
}

/** ExcelSupport's fields and the ExcelApi version each stands for, read from excelSupport(). */
export function supportFields(requirementsFile = path.join(ROOT, 'excel-addin/excel-requirements.ts')): Map<string, string> {
  const sf = ts.createSourceFile(requirementsFile, readFileSync(requirementsFile, 'utf8'), ts.ScriptTarget.Latest, true);
  const fields = new Map<string, string>();
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionDeclaration(n) && n.name?.text === 'excelSupport') {
      const inner = (m: ts.Node): void => {
        if (ts.isPropertyAssignment(m) && ts.isIdentifier(m.name) && ts.isCallExpression(m.initializer)) {
          const arg = m.initializer.arguments[m.initializer.arguments.length - 1];
          if (arg && ts.isStringLiteral(arg)) fields.set(m.name.text, arg.text);
        }
        ts.forEachChild(m, inner);
      };
      inner(n);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return fields;
}

/** `isSetSupported('ExcelApi', 'x.y')` in `node`, anywhere: the version, or null. */
function isSetSupportedIn(node: ts.Node): string | null {
  let found: string | null = null;
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'isSetSupported') {
      const [set, version] = n.arguments;
      if (set && ts.isStringLiteral(set) && set.text === 'ExcelApi' && version && ts.isStringLiteral(version)) found = maxVersion([version.text, ...(found ? [found] : [])]);
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

class GuardFinder {
  private readonly callers = new Map<ts.Symbol, ts.CallExpression[]>();

  constructor(
    private readonly checker: ts.TypeChecker,
    files: readonly ts.SourceFile[],
    private readonly fields: ReadonlyMap<string, string>,
  ) {
    for (const sf of files) {
      const visit = (n: ts.Node): void => {
        if (ts.isCallExpression(n)) {
          const symbol = this.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(n.expression) ? n.expression.name : n.expression);
          const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(symbol) : symbol;
          if (target) this.callers.set(target, [...(this.callers.get(target) ?? []), n]);
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
  }

  /** The version a guard expression ensures when true: ExcelSupport fields and isSetSupported. */
  private guardVersion(expr: ts.Node): string | null {
    if (ts.isParenthesizedExpression(expr)) return this.guardVersion(expr.expression);
    if (ts.isPropertyAccessExpression(expr) && this.fields.has(expr.name.text)) return this.fields.get(expr.name.text)!;
    if (ts.isIdentifier(expr)) {
      if (this.fields.has(expr.text)) return this.fields.get(expr.text)!;
      const decl = this.checker.getSymbolAtLocation(expr)?.valueDeclaration;
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer) return isSetSupportedIn(decl.initializer);
      return null;
    }
    if (ts.isCallExpression(expr)) return isSetSupportedIn(expr);
    return null;
  }

  /** What `cond` being true (`when` true) or false ensures. */
  private ensures(cond: ts.Expression, when: boolean): string | null {
    if (ts.isParenthesizedExpression(cond)) return this.ensures(cond.expression, when);
    if (ts.isPrefixUnaryExpression(cond) && cond.operator === ts.SyntaxKind.ExclamationToken) return this.ensures(cond.operand, !when);
    if (ts.isBinaryExpression(cond)) {
      const op = cond.operatorToken.kind;
      // a && b true: both hold; a || b false: neither holds.
      if ((op === ts.SyntaxKind.AmpersandAmpersandToken && when) || (op === ts.SyntaxKind.BarBarToken && !when)) {
        return maxVersion([this.ensures(cond.left, when), this.ensures(cond.right, when)].filter((v): v is string => v !== null));
      }
      // a && b false, or a || b true, ensures neither on its own: `if (notes && !support.api118)
      // throw` leaves code after it that is not about notes as unguarded as before.
      return null;
    }
    return when ? this.guardVersion(cond) : null;
  }

  private exits(statement: ts.Statement): boolean {
    if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement)) return true;
    if (ts.isBlock(statement)) {
      const last = statement.statements[statement.statements.length - 1];
      return last !== undefined && this.exits(last);
    }
    return false;
  }

  /** The highest version ensured around `node`, following callers of named functions. */
  guardOf(node: ts.Node, seen: Set<ts.Node> = new Set()): string | null {
    const found: string[] = [];
    let child: ts.Node = node;
    for (let n: ts.Node | undefined = node.parent; n; child = n, n = n.parent) {
      if (ts.isIfStatement(n) && child !== n.expression) {
        const v = this.ensures(n.expression, child === n.thenStatement);
        if (v) found.push(v);
      } else if (ts.isConditionalExpression(n) && child !== n.condition) {
        const v = this.ensures(n.condition, child === n.whenTrue);
        if (v) found.push(v);
      } else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === n.right) {
        const v = this.ensures(n.left, true);
        if (v) found.push(v);
      }
      if (ts.isBlock(n) || ts.isSourceFile(n)) {
        for (const s of n.statements) {
          if (s === child) break;
          if (ts.isIfStatement(s) && !s.elseStatement && this.exits(s.thenStatement)) {
            const v = this.ensures(s.expression, false);
            if (v) found.push(v);
          }
        }
      }
      if (ts.isFunctionLike(n)) {
        const named = this.namedFunction(n);
        if (!named) continue;
        // Code in a named function is as guarded as the least guarded of its calls. A function
        // met again on the same path (recursion) adds no guard.
        if (seen.has(n)) return maxVersion(found);
        const path = new Set(seen).add(n);
        const calls = this.callers.get(named) ?? [];
        const atCalls = calls.map((c) => this.guardOf(c, path));
        const weakest = atCalls.length === 0 || atCalls.some((v) => v === null) ? null : atCalls.reduce((a, b) => (compareVersions(a!, b!) <= 0 ? a : b));
        return maxVersion([...found, ...(weakest ? [weakest] : [])]);
      }
    }
    return maxVersion(found);
  }

  /** The symbol of a function others call by name, or null for a callback written in place. */
  private namedFunction(fn: ts.SignatureDeclaration): ts.Symbol | null {
    if ((ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) && fn.name) return this.checker.getSymbolAtLocation(fn.name) ?? null;
    if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) {
      return this.checker.getSymbolAtLocation(fn.parent.name) ?? null;
    }
    return null;
  }
}

export interface AnalysisOptions {
  /** Source files by absolute path that replace (or join) those on disk. */
  readonly overrides?: ReadonlyMap<string, string>;
}

/** Every Excel member the files use that states a requirement set, with its guard. */
export function excelMemberUses(files: readonly string[], options: AnalysisOptions = {}): MemberUse[] {
  const { program, sources } = programOf(path.join(ROOT, 'tsconfig.json'), files, options.overrides);
  const checker = program.getTypeChecker();
  const guards = new GuardFinder(checker, sources, supportFields());
  const uses: MemberUse[] = [];
  for (const sf of sources) {
    const visit = (n: ts.Node): void => {
      if (ts.isPropertyAccessExpression(n)) {
        const found = excelDeclaration(checker, n);
        if (found) {
          uses.push({
            file: path.relative(ROOT, sf.fileName),
            line: sf.getLineAndCharacterOfPosition(n.name.getStart(sf)).line + 1,
            member: memberName(found.decl, n),
            needs: requirementOf(found.annotation),
            guardedTo: guards.guardOf(n),
          });
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return uses;
}

/** The uses that need more than `minimum` and are not guarded to at least what they need. */
export function unguardedAbove(uses: readonly MemberUse[], minimum: string): MemberUse[] {
  return uses.filter((u) => {
    if (u.needs.version === null) return true;
    if (compareVersions(u.needs.version, minimum) <= 0) return false;
    return u.guardedTo === null || compareVersions(u.guardedTo, u.needs.version) < 0;
  });
}

/** The ExcelApi version manifest.xml requires. */
export function manifestMinimum(manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8')): string {
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"\s*\/>/.exec(manifest);
  if (!m) throw new Error('manifest.xml names no ExcelApi requirement');
  return m[1]!;
}
