/**
 * How wide Calibri 11 prints a piece of text, in pixels at 96 dpi: the advance widths of its
 * characters from space to tilde, in 1/2048 em, as Carlito has them (Calibri's metric twin, the
 * font LibreOffice prints Calibri in; Debian's fonts-crosextra-carlito). Read once from the font
 * files with opentype.js; a character outside the table is taken as wide as a wide capital, and
 * one of the wide scripts (CJK) as a whole em, so an estimate errs towards too wide.
 */

const EM = 2048;
const FIRST = 32;

// prettier-ignore
const REGULAR: readonly number[] = [
  463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949,
  1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, 1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020,
  596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080, 1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020,
];
// prettier-ignore
const BOLD: readonly number[] = [
  463, 667, 898, 1020, 1038, 1493, 1443, 478, 638, 638, 1020, 1020, 528, 627, 547, 880, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 565, 565, 1020, 1020, 1020, 949,
  1840, 1241, 1148, 1084, 1291, 999, 940, 1305, 1292, 546, 678, 1120, 866, 1790, 1349, 1385, 1090, 1405, 1153, 968, 1014, 1337, 1211, 1856, 1128, 1064, 979, 665, 880, 665, 1020, 1020,
  615, 1011, 1099, 857, 1099, 1031, 648, 971, 1099, 503, 523, 983, 503, 1666, 1099, 1101, 1099, 1099, 728, 817, 710, 1099, 969, 1526, 941, 970, 814, 704, 973, 704, 1020,
];

/** An accented letter, a dash, a symbol: about as wide as a wide capital. */
const OTHER = 1300;
/** From CJK radicals on, scripts whose characters take a whole em. */
const WIDE_FROM = 0x2e80;

/** Pixels per em of 11 pt text at 96 dpi. */
const PIXELS_PER_EM = (11 * 96) / 72;

/** Width in em units (1/2048) of one character, by its UTF-16 code. */
export function advance(code: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  const at = code - FIRST;
  if (at >= 0 && at < table.length) return table[at]!;
  return code >= WIDE_FROM ? EM : OTHER;
}

/** Width of `text` on one line, in pixels of 11 pt text at 96 dpi. */
export function textPixels(text: string, bold = false): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) units += advance(text.charCodeAt(i), bold);
  return (units / EM) * PIXELS_PER_EM;
}

/** Width in pixels of the widest word of `text` (words run between white space). */
export function widestWordPixels(text: string, bold = false): number {
  let widest = 0;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0) {
      units = 0;
      continue;
    }
    units += advance(code, bold);
    if (units > widest) widest = units;
  }
  return (widest / EM) * PIXELS_PER_EM;
}
