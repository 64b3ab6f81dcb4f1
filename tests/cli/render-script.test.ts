/** `npm run render -- FILE`: a workbook to PDF (LibreOffice) to PNG pages (pdftoppm). */
import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { libreOfficeMissing } from '../support/libreoffice';
import { requires } from '../support/prerequisite';
import { writeScenario } from './fixtures';
import { ROOT, tempDir } from './support/cli-build';

const hasPdftoppm = !spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).error;
const missing =
  libreOfficeMissing() ??
  (hasPdftoppm ? null : 'pdftoppm is not installed; install it with: apt-get install -y --no-install-recommends poppler-utils');
const withRenderer = requires('the render script test', missing);

withRenderer.it('renders every visible sheet to PNG pages and prints their paths', async () => {
  const dir = tempDir('render');
  const file = await writeScenario(dir, 'register-three-risks');
  const out = path.join(dir, 'render');
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/render.ts', file, '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 120000 });
  expect(run.status).toBe(0);
  const paths = run.stdout.trim().split('\n');
  expect(paths[0]).toMatch(/register-three-risks\.pdf$/);
  expect(paths.slice(1).length).toBeGreaterThan(0);
  for (const p of paths.slice(1)) {
    const png = path.resolve(ROOT, p);
    expect(existsSync(png)).toBe(true);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
  }
}, 120000);
