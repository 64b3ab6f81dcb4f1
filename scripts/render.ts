/**
 * Renders a workbook to PNG pages for a quick look (or a review in a pull request):
 * LibreOffice recalculates every formula and prints all visible sheets to PDF, then pdftoppm
 * turns each page into a PNG (60 dpi unless --dpi says otherwise).
 *
 *   npm run render -- FILE.xlsx [--out DIR] [--dpi N]      (default DIR: out/render)
 *
 * Needs LibreOffice (Debian: libreoffice-calc-nogui) and pdftoppm (Debian: poppler-utils).
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'fs';
import * as path from 'path';
import { convertWithLibreOffice, findSoffice } from '../tests/support/libreoffice';

function fail(message: string): never {
  process.stderr.write(`render: ${message}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  const files: string[] = [];
  let outDir = path.resolve('out/render');
  let dpi = '60';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') outDir = path.resolve(argv[++i] ?? fail('--out needs a folder'));
    else if (argv[i] === '--dpi') dpi = argv[++i] ?? fail('--dpi needs a number');
    else files.push(argv[i]!);
  }
  const input = files[0];
  if (!input || files.length > 1) fail('usage: npm run render -- FILE.xlsx [--out DIR] [--dpi N]');
  if (!existsSync(input)) fail(`no such file: ${input}`);
  if (!findSoffice()) fail('LibreOffice (soffice) is not installed; Debian: apt-get install libreoffice-calc-nogui');
  if (spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).error) fail('pdftoppm is not installed; Debian: apt-get install poppler-utils');

  const base = path.parse(input).name;
  mkdirSync(outDir, { recursive: true });
  for (const old of readdirSync(outDir, { withFileTypes: true }).filter((e) => e.isFile())) {
    if (old.name.startsWith(`${base}-`) && old.name.endsWith('.png')) rmSync(path.join(outDir, old.name));
  }
  const pdf = convertWithLibreOffice(path.resolve(input), outDir, { to: 'pdf' });
  execFileSync('pdftoppm', ['-png', '-r', dpi, pdf, path.join(outDir, base)], { stdio: 'inherit' });
  const pages = readdirSync(outDir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .sort((a, b) => Number(/-(\d+)\.png$/.exec(a)?.[1]) - Number(/-(\d+)\.png$/.exec(b)?.[1]));
  process.stdout.write(`${path.relative(process.cwd(), pdf)}\n`);
  for (const p of pages) process.stdout.write(`${path.relative(process.cwd(), path.join(outDir, p))}\n`);
}

main(process.argv.slice(2));
