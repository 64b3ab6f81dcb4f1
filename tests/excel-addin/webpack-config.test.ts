/**
 * webpack.config.js without running webpack: what a production build and `npm start` are set up
 * to do. Certificates come from office-addin-dev-certs only when serving (it installs a local CA,
 * so it is mocked here and must never run in a build).
 */
import { existsSync } from 'fs';
import * as path from 'path';
import type { Configuration } from 'webpack';
import type { WebpackConfigModule } from '../support/excel-addin-build';
import { ADDIN_DIST, ROOT } from '../support/excel-addin-build';

const getHttpsServerOptions = jest.fn(async () => ({ ca: Buffer.from('ca'), cert: Buffer.from('cert'), key: Buffer.from('key') }));
jest.mock('office-addin-dev-certs', () => ({ getHttpsServerOptions: () => getHttpsServerOptions() }));

// Through Jest's require, so the mock above applies to the config's own require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const factory = require('../../webpack.config.js') as WebpackConfigModule;

type DevServer = { port: number; server: { type: string; options: Record<string, unknown> } };

beforeEach(() => getHttpsServerOptions.mockClear());

describe('webpack.config.js', () => {
  it('builds the pane, the ribbon commands and the notice dialog into dist/excel-addin, without source maps or certificates', async () => {
    const config: Configuration & { devServer?: unknown } = await factory({ WEBPACK_BUILD: true, host: 'https://riskbook.example.com' }, { mode: 'production' });
    expect(config.mode).toBe('production');
    expect(Object.keys(config.entry as object)).toEqual(expect.arrayContaining(['taskpane', 'commands', 'notice']));
    expect((config.entry as Record<string, string>).taskpane).toBe('./excel-addin/taskpane.tsx');
    expect(config.output?.path).toBe(ADDIN_DIST);
    expect(config.devtool).toBe(false);
    expect(config.devServer).toBeUndefined();
    expect(getHttpsServerOptions).not.toHaveBeenCalled();
  });

  it('builds the panel demo page once ui/demo/demo-page.tsx exists', async () => {
    const config: Configuration = await factory({ WEBPACK_BUILD: true, host: 'https://riskbook.example.com' }, { mode: 'production' });
    const hasDemo = existsSync(path.join(ROOT, 'ui/demo/demo-page.tsx'));
    expect('demo' in (config.entry as object)).toBe(hasDemo);
  });

  it('refuses a production build that names no host: its manifest would point every install at localhost', async () => {
    await expect(factory({ WEBPACK_BUILD: true }, { mode: 'production' })).rejects.toThrow(/--env host=https:\/\//);
    // Saying so in so many words builds the development manifest, for sideloading with npm start.
    const local = await factory({ WEBPACK_BUILD: true, host: 'https://localhost:3000' }, { mode: 'production' });
    expect(local.mode).toBe('production');
    await expect(factory({ WEBPACK_BUILD: true, host: 'https://riskbook.example.com' }, { mode: 'production' })).resolves.toBeDefined();
  });

  it('serves over https on port 3000 with the development certificates for `npm start`', async () => {
    const config: Configuration & { devServer?: DevServer } = await factory({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(config.mode).toBe('development');
    expect(config.devtool).toBe('source-map');
    expect(config.devServer?.port).toBe(3000);
    expect(config.devServer?.server.type).toBe('https');
    expect(Object.keys(config.devServer?.server.options ?? {}).sort()).toEqual(['ca', 'cert', 'key']);
    expect(getHttpsServerOptions).toHaveBeenCalledTimes(1);
  });
});
