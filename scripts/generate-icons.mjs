#!/usr/bin/env node
/**
 * Draws the add-in's icons into assets/ as PNG files, with nothing but Node's zlib: a navy
 * (#1F3864) shield holding a white register grid (the add-in, the task pane button) or a white
 * check mark (the "Recalculate & check traceability" button). Shapes are described in a unit
 * square and sampled 8 x 8 times per pixel, so every size is antialiased and the output is the
 * same bytes on every machine.
 *
 *   node scripts/generate-icons.mjs
 */
import { Buffer } from 'node:buffer';
import { deflateSync, crc32 } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NAVY = [0x1f, 0x38, 0x64];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 8;

/** Half-width of the shield at height y (unit square), or -1 outside it. */
function shieldHalfWidth(y) {
  const top = 0.06;
  const shoulder = 0.46;
  const tip = 0.96;
  if (y < top || y > tip) return -1;
  if (y <= shoulder) return 0.4;
  const t = (y - shoulder) / (tip - shoulder);
  return 0.4 * (1 - Math.pow(t, 1.7));
}

function inShield(x, y) {
  const w = shieldHalfWidth(y);
  return w >= 0 && Math.abs(x - 0.5) <= w;
}

/** Distance from (x, y) to the segment a-b. */
function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** The register grid: a small table (outline, two row rules, one column rule) on the shield. */
function gridGlyph(size) {
  // At 16 px a stroke narrower than one pixel turns to mush.
  const half = Math.max(0.03, 0.6 / size);
  const left = 0.26;
  const right = 0.74;
  const top = 0.2;
  const bottom = 0.68;
  const rows = [top, 0.36, 0.52, bottom];
  const columns = [left, 0.42, right];
  return (x, y) => {
    const inX = x >= left - half && x <= right + half;
    const inY = y >= top - half && y <= bottom + half;
    if (inX && rows.some((r) => Math.abs(y - r) <= half)) return true;
    return inY && columns.some((c) => Math.abs(x - c) <= half);
  };
}

/** A check mark. */
function checkGlyph(size) {
  const half = Math.max(0.06, 0.9 / size);
  const a = [0.29, 0.5];
  const b = [0.44, 0.66];
  const c = [0.72, 0.3];
  return (x, y) => segmentDistance(x, y, a, b) <= half || segmentDistance(x, y, b, c) <= half;
}

/** RGBA pixels of one icon. */
function draw(size, glyphFor) {
  const glyph = glyphFor(size);
  const px = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxX = 0; pxX < size; pxX++) {
      let navy = 0;
      let white = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (pxX + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!inShield(x, y)) continue;
          if (glyph(x, y)) white++;
          else navy++;
        }
      }
      const covered = navy + white;
      const i = (py * size + pxX) * 4;
      if (covered === 0) continue;
      for (let k = 0; k < 3; k++) px[i + k] = Math.round((NAVY[k] * navy + WHITE[k] * white) / covered);
      px[i + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
    }
  }
  return px;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no filtering) from RGBA pixels. */
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const ICONS = [
  { name: 'icon', glyph: gridGlyph, sizes: [16, 32, 64, 80] },
  { name: 'recalc', glyph: checkGlyph, sizes: [16, 32, 80] },
];

mkdirSync(resolve(root, 'assets'), { recursive: true });
for (const icon of ICONS) {
  for (const size of icon.sizes) {
    const file = resolve(root, 'assets', `${icon.name}-${size}.png`);
    writeFileSync(file, png(size, draw(size, icon.glyph)));
    console.log(`wrote ${file.slice(root.length + 1)}`);
  }
}
