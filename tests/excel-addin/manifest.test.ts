/**
 * manifest.xml, offline: valid against the Office add-in XSDs (schemas/office-addin-manifest/,
 * xmllint-wasm), and shaped as Riskbook needs it: Excel only, ExcelApi 1.8, read/write, a Home-tab
 * group that opens the pane and runs "Recalculate & check", icons that exist at their sizes, and
 * every resource id resolving. The production build rewrites every URL to the host it is given.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { JSDOM } from 'jsdom';
import { tmpdir } from 'os';
import * as path from 'path';
import type { Configuration } from 'webpack';
import webpack from 'webpack';
import { validateXML } from 'xmllint-wasm';
import { ROOT, webpackConfigModule } from '../support/excel-addin-build';
import { requires } from '../support/prerequisite';

const SCHEMAS = path.join(ROOT, 'schemas/office-addin-manifest');
/** The workspace's copy the repository's was taken from; absent in a clone outside it. */
const SHARED_SCHEMAS = path.resolve(ROOT, '../shared/schemas/office-addin-manifest');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
/** Office knows the add-in by this id: changing it makes every install a different add-in. */
const ADDIN_ID = 'ebef53e7-aa86-4452-ac2c-76352181bdbe';
const DEV = 'https://localhost:3000';
const PRODUCTION = 'https://riskbook.example.com';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

async function validate(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const others = readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd') && f !== MAIN_SCHEMA);
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: MAIN_SCHEMA, contents: readFileSync(path.join(SCHEMAS, MAIN_SCHEMA), 'utf8') }],
    preload: others.map((f) => ({ fileName: f, contents: readFileSync(path.join(SCHEMAS, f), 'utf8') })),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

function parse(xml: string): Document {
  return new JSDOM(xml, { contentType: 'application/xml' }).window.document;
}

function children(el: Element): Element[] {
  return Array.from(el.children);
}

/** The one direct child called `name`. */
function child(el: Element, name: string): Element {
  const found = children(el).filter((c) => c.localName === name);
  if (found.length !== 1) throw new Error(`expected one ${name} in ${el.localName}, found ${found.length}`);
  return found[0]!;
}

function all(doc: Document | Element, ns: string, name: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(ns, name));
}

function one(doc: Document | Element, ns: string, name: string): Element {
  const found = all(doc, ns, name);
  if (found.length !== 1) throw new Error(`expected one ${name}, found ${found.length}`);
  return found[0]!;
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, 'type');
}

/** Every URL the manifest names: DefaultValue attributes that are URLs, and AppDomain texts. */
function urls(doc: Document): string[] {
  const values = Array.from(doc.querySelectorAll('*'))
    .map((el) => el.getAttribute('DefaultValue') ?? '')
    .filter((v) => /^[a-z]+:\/\//i.test(v));
  return [...values, ...all(doc, NS.app, 'AppDomain').map((el) => el.textContent ?? '')];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(data.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** The file a development URL is served from: a page built from excel-addin/, or a copied asset. */
function sourceOf(url: string): string {
  const rel = url.slice(DEV.length + 1);
  return rel.startsWith('assets/') ? path.join(ROOT, rel) : path.join(ROOT, 'excel-addin', rel);
}

describe('manifest.xml against the Office add-in schemas', () => {
  it('validates', async () => {
    const result = await validate(MANIFEST);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is really checked: an unknown element and Requirements after Permissions are rejected', async () => {
    const unknown = MANIFEST.replace('<Permissions>', '<Bogus/><Permissions>');
    expect((await validate(unknown)).valid).toBe(false);
    const requirements = /\s*<Requirements>[\s\S]*?<\/Requirements>/.exec(MANIFEST)![0];
    const misplaced = MANIFEST.replace(requirements, '').replace('</Permissions>', `</Permissions>${requirements}`);
    expect((await validate(misplaced)).valid).toBe(false);
  });

  const withSharedSchemas = requires(
    'the comparison with the workspace schemas',
    existsSync(SHARED_SCHEMAS) ? null : `${SHARED_SCHEMAS} is missing (the workspace's shared/ folder beside this repository)`,
  );
  withSharedSchemas.it('uses the same schemas as the workspace copy they were taken from', () => {
    const ours = readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd')).sort();
    expect(ours).toEqual(readdirSync(SHARED_SCHEMAS).filter((f) => f.endsWith('.xsd')).sort());
    for (const f of ours) expect(readFileSync(path.join(SCHEMAS, f), 'utf8')).toBe(readFileSync(path.join(SHARED_SCHEMAS, f), 'utf8'));
  });
});

describe('manifest.xml says what Riskbook needs', () => {
  const doc = parse(MANIFEST);
  const app = doc.documentElement;

  it('is a task pane add-in for Excel workbooks, with a stable id', () => {
    expect(app.localName).toBe('OfficeApp');
    expect(xsiType(app)).toBe('TaskPaneApp');
    expect(one(doc, NS.app, 'Id').textContent).toBe(ADDIN_ID);
    expect(all(doc, NS.app, 'Host').map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(one(doc, NS.app, 'ProviderName').textContent).toBe('Riskbook');
    expect(one(doc, NS.app, 'DisplayName').getAttribute('DefaultValue')).toBe('Riskbook');
  });

  it('keeps the element order Office validates: Requirements right after Hosts', () => {
    const names = children(app).map((c) => c.localName);
    expect(names).toEqual([
      'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl',
      'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides',
    ]);
  });

  it('requires ExcelApi 1.8 (data validation) and asks to read and write the document', () => {
    const sets = all(one(doc, NS.app, 'Requirements'), NS.app, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.8']]);
    expect(one(doc, NS.app, 'Permissions').textContent).toBe('ReadWriteDocument');
    expect(one(one(doc, NS.app, 'DefaultSettings'), NS.app, 'SourceLocation').getAttribute('DefaultValue')).toBe(`${DEV}/taskpane.html`);
  });

  const overrides = one(doc, NS.ov, 'VersionOverrides');
  const resource = (kind: string, id: string): string => {
    const found = all(one(overrides, NS.ov, 'Resources'), NS.bt, kind).filter((el) => el.getAttribute('id') === id);
    if (found.length !== 1) throw new Error(`resource ${id} (${kind}) defined ${found.length} times`);
    return found[0]!.getAttribute('DefaultValue')!;
  };

  it('puts a Riskbook group on the Home tab: one button opens the pane, one runs the recalculation', () => {
    const tab = one(overrides, NS.ov, 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const group = one(tab, NS.ov, 'Group');
    expect(resource('String', child(group, 'Label').getAttribute('resid')!)).toBe('Riskbook');
    const buttons = children(group).filter((c) => c.localName === 'Control');
    expect(buttons.map(xsiType)).toEqual(['Button', 'Button']);
    const [pane, recalc] = buttons.map((b) => child(b, 'Action'));

    expect(xsiType(pane!)).toBe('ShowTaskpane');
    expect(resource('Url', one(pane!, NS.ov, 'SourceLocation').getAttribute('resid')!)).toBe(`${DEV}/taskpane.html`);

    expect(xsiType(recalc!)).toBe('ExecuteFunction');
    expect(one(recalc!, NS.ov, 'FunctionName').textContent).toBe('recalculate');
    const title = child(child(buttons[1]!, 'Supertip'), 'Title').getAttribute('resid')!;
    expect(resource('String', title)).toBe('Recalculate & check traceability');
    expect(resource('Url', one(overrides, NS.ov, 'FunctionFile').getAttribute('resid')!)).toBe(`${DEV}/commands.html`);
  });

  it('registers the function the ribbon button names', () => {
    // commands.ts runs Office.actions.associate at load; tests/excel-addin/commands.test.ts runs it.
    const source = readFileSync(path.join(ROOT, 'excel-addin/commands.ts'), 'utf8');
    expect(source).toMatch(/export const RECALCULATE = 'recalculate';/);
    expect(source).toMatch(/Office\.actions\.associate\(RECALCULATE, recalculate\)/);
  });

  it('resolves every resid, and defines no resource nothing uses', () => {
    const used = new Set(Array.from(overrides.querySelectorAll('[resid]')).map((el) => el.getAttribute('resid')!));
    const defined = Array.from(one(overrides, NS.ov, 'Resources').querySelectorAll('[id]')).map((el) => el.getAttribute('id')!);
    expect(new Set(defined).size).toBe(defined.length);
    expect([...used].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
  });

  it('has icons that exist at the sizes Office asks for: 16, 32 and 80 for the ribbon, 32 and 64 for a task pane add-in', () => {
    for (const image of all(overrides, NS.bt, 'Image').filter((el) => el.hasAttribute('size'))) {
      const size = Number(image.getAttribute('size'));
      const file = sourceOf(resource('Image', image.getAttribute('resid')!));
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    // IconUrl: "Task pane 32 x 32"; HighResolutionIconUrl: "For content and task pane apps, the
    // image resolution must be 64 x 64 pixels" (Office Add-ins manifest reference).
    expect(pngSize(sourceOf(one(doc, NS.app, 'IconUrl').getAttribute('DefaultValue')!))).toEqual({ width: 32, height: 32 });
    expect(pngSize(sourceOf(one(doc, NS.app, 'HighResolutionIconUrl').getAttribute('DefaultValue')!))).toEqual({ width: 64, height: 64 });
  });

  it('names no AppDomain that repeats the origin its pages come from (Office ignores such an entry)', () => {
    const source = new URL(one(one(doc, NS.app, 'DefaultSettings'), NS.app, 'SourceLocation').getAttribute('DefaultValue')!).origin;
    const domains = all(doc, NS.app, 'AppDomain').map((el) => new URL(el.textContent ?? '').origin);
    expect(domains.filter((d) => d === source)).toEqual([]);
  });

  it('points every URL at the development server, at a page or asset the build produces', () => {
    const found = urls(doc);
    expect(found.length).toBeGreaterThan(8);
    for (const url of found) {
      expect(url === DEV || url.startsWith(`${DEV}/`)).toBe(true);
      if (url !== DEV) expect(existsSync(sourceOf(url))).toBe(true);
    }
  });
});

describe('the production build of the manifest', () => {
  const config = webpackConfigModule();

  it('accepts only an https host, with or without a trailing slash', () => {
    expect(config.productionHost({ host: `${PRODUCTION}/` })).toBe(PRODUCTION);
    expect(config.productionHost({ host: `${PRODUCTION}/riskbook/` })).toBe(`${PRODUCTION}/riskbook`);
    expect(() => config.productionHost({ host: 'http://riskbook.example.com' })).toThrow(/https/);
    expect(() => config.productionHost({ host: 'riskbook.example.com' })).toThrow(/not a URL/);
  });

  describe('built by webpack for a production host', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'riskbook-manifest-'));
    let built = '';

    beforeAll(async () => {
      // The real config, its manifest and asset copies only: the bundles are the browser test's.
      const full = await config({ host: PRODUCTION }, { mode: 'production' });
      const copyOnly: Configuration = {
        ...full,
        entry: {},
        output: { ...full.output, path: out },
        plugins: (full.plugins ?? []).filter((p) => p?.constructor.name === 'CopyPlugin'),
      };
      await new Promise<void>((resolve, reject) => {
        webpack(copyOnly, (err, stats) => {
          if (err) reject(err);
          else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
          else resolve();
        });
      });
      built = readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    }, 120000);

    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it('rewrites every URL to the production host and leaves nothing on localhost', () => {
      const found = urls(parse(built));
      expect(found.length).toBe(urls(parse(MANIFEST)).length);
      for (const url of found) expect(url === PRODUCTION || url.startsWith(`${PRODUCTION}/`)).toBe(true);
      expect(built).not.toMatch(/\/\/localhost/);
    });

    it('still validates, and copies the icons beside it', async () => {
      expect((await validate(built)).errors).toEqual([]);
      for (const icon of readdirSync(path.join(ROOT, 'assets')).filter((f) => f.endsWith('.png'))) {
        expect(existsSync(path.join(out, 'assets', icon))).toBe(true);
      }
    });
  });
});
