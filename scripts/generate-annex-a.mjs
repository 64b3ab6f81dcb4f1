#!/usr/bin/env node
/**
 * Regenerates core/annex-a/catalogue-data.ts from the reference CSVs in ../shared/reference.
 *
 *   node scripts/generate-annex-a.mjs            write the file
 *   node scripts/generate-annex-a.mjs --check    exit 1 when the committed file is out of date
 *   node scripts/generate-annex-a.mjs --stdout   print the file instead of writing it
 *
 * The output holds ids and short titles only: the ISO control text is copyrighted and never
 * enters the product.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const referenceDir = path.resolve(root, '../shared/reference');
const outFile = path.join(root, 'core/annex-a/catalogue-data.ts');

const THEMES = ['Organizational', 'People', 'Physical', 'Technological'];

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const src = text.replace(/^\uFEFF/, '');
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error('Unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

function records(file, expectedHeader) {
  const rows = parseCsv(readFileSync(path.join(referenceDir, file), 'utf8'));
  const [header, ...body] = rows;
  if (!header || header.join(',') !== expectedHeader.join(',')) {
    throw new Error(`${file}: expected header ${expectedHeader.join(',')}, got ${header?.join(',')}`);
  }
  body.forEach((r, i) => {
    if (r.length !== header.length) throw new Error(`${file} row ${i + 2}: ${r.length} fields, expected ${header.length}`);
  });
  return body;
}

const compareIds = (a, b) => {
  const pa = a.replace(/^A\./, '').split('.').map(Number);
  const pb = b.replace(/^A\./, '').split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
};

function build() {
  const controls = records('annex-a-2022.csv', ['id', 'title', 'theme']);
  const mapping = records('annex-a-2013-to-2022.csv', ['id_2013', 'title_2013', 'id_2022']);

  const ids = new Set();
  for (const [id, title, theme] of controls) {
    if (!/^[5-8]\.\d{1,2}$/.test(id)) throw new Error(`Bad 2022 id ${id}`);
    if (ids.has(id)) throw new Error(`Duplicate 2022 id ${id}`);
    if (!THEMES.includes(theme)) throw new Error(`Bad theme ${theme} for ${id}`);
    if (title.trim() === '') throw new Error(`Empty title for ${id}`);
    ids.add(id);
  }
  for (const [id2013, , id2022] of mapping) {
    if (!/^A\.\d{1,2}\.\d{1,2}\.\d{1,2}$/.test(id2013)) throw new Error(`Bad 2013 id ${id2013}`);
    if (!ids.has(id2022)) throw new Error(`${id2013} maps to unknown 2022 id ${id2022}`);
  }

  const sortedControls = [...controls].sort((a, b) => compareIds(a[0], b[0]));
  const sortedMapping = [...mapping].sort((a, b) => compareIds(a[0], b[0]) || compareIds(a[2], b[2]));
  // Single quotes, like the rest of the code base.
  const q = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

  return [
    '// GENERATED FILE: do not edit. Regenerate with `node scripts/generate-annex-a.mjs`.',
    '// Source: shared/reference/annex-a-2022.csv and annex-a-2013-to-2022.csv (see SOURCES.md there).',
    '// Ids and short titles only, for identification: no ISO/IEC 27001 or 27002 control text.',
    "import type { ControlTheme } from './types';",
    '',
    'export interface AnnexA2022Entry {',
    '  readonly id: string;',
    '  readonly title: string;',
    "  readonly theme: Exclude<ControlTheme, 'Custom'>;",
    '}',
    '',
    'export interface AnnexA2013Entry {',
    '  /** With the `A.` prefix and three levels, as the 2013 edition wrote it. */',
    '  readonly id2013: string;',
    '  readonly title2013: string;',
    '  readonly id2022: string;',
    '}',
    '',
    '/** The 93 controls of ISO/IEC 27001:2022 Annex A, in numeric order. */',
    'export const ANNEX_A_2022: readonly AnnexA2022Entry[] = [',
    ...sortedControls.map(([id, title, theme]) => `  { id: ${q(id)}, title: ${q(title)}, theme: ${q(theme)} },`),
    '];',
    '',
    '/** Each 2013 control and its 2022 successor; a control with two successors has two rows. */',
    'export const ANNEX_A_2013_TO_2022: readonly AnnexA2013Entry[] = [',
    ...sortedMapping.map(
      ([id2013, title2013, id2022]) => `  { id2013: ${q(id2013)}, title2013: ${q(title2013)}, id2022: ${q(id2022)} },`,
    ),
    '];',
    '',
  ].join('\n');
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const text = build();
  const arg = process.argv[2];
  if (arg === '--stdout') {
    process.stdout.write(text);
  } else if (arg === '--check') {
    let current = '';
    try {
      current = readFileSync(outFile, 'utf8');
    } catch {
      current = '';
    }
    if (current !== text) {
      console.error('core/annex-a/catalogue-data.ts is out of date: run node scripts/generate-annex-a.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(outFile, text);
    console.log(`Wrote ${path.relative(root, outFile)}`);
  }
}
