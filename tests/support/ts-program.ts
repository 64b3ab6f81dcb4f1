/**
 * A TypeScript program over some of the repository's sources, checked as one of its tsconfig
 * files sets them up, with files that exist only in a test (a sample a checker must catch) laid
 * over the disk. For tests that read the code itself (tests/support/excel-api-sets.ts,
 * tests/support/apps-script-calls.ts).
 */
import * as path from 'path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '../..');

export function programOf(tsconfig: string, files: readonly string[], overrides: ReadonlyMap<string, string> = new Map()): { program: ts.Program; sources: ts.SourceFile[] } {
  const configFile = ts.readConfigFile(tsconfig, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, path.dirname(tsconfig));
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true };
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = overrides.get(path.resolve(fileName));
    if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
    return getSourceFile(fileName, languageVersion, onError, shouldCreate);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => overrides.has(path.resolve(fileName)) || fileExists(fileName);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => overrides.get(path.resolve(fileName)) ?? readFile(fileName);
  const program = ts.createProgram({ rootNames: [...files], options, host });
  const wanted = new Set(files.map((f) => path.resolve(f)));
  return { program, sources: program.getSourceFiles().filter((sf) => wanted.has(path.resolve(sf.fileName))) };
}

/** The declaration a property access resolves to: for a call, the overload it takes. */
export function declarationsOf(checker: ts.TypeChecker, node: ts.PropertyAccessExpression): readonly ts.Declaration[] {
  const call = node.parent;
  if (ts.isCallExpression(call) && call.expression === node) {
    const signature = checker.getResolvedSignature(call)?.declaration;
    if (signature && !ts.isJSDocSignature(signature)) return [signature];
  }
  let symbol = checker.getSymbolAtLocation(node.name);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return symbol?.declarations ?? [];
}
