/**
 * Which cell styles show a number as a date. Only that is read from the styles part: a
 * date-formatted number reads as a date, which the snapshot carries as a serial on the 1900 scale.
 */
import type { XlsxPackage } from './xlsx-package';

/**
 * The built-in formats (no `<numFmt>` in the file) that ExcelJS knows as dates: 14–22 and 45–47.
 * It leaves 27–36 and 50–58 (East Asian dates) unnamed, so they read as plain numbers.
 */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * ExcelJS's test, kept so that both readers call the same cells dates: after dropping escapes
 * (`\d`), `[…]` (colours, locales, elapsed time) and quoted text, any of y m d h M s b.
 */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/[\\](.)/g, '$1').replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

/** For each cell style (`<c s="…">`), whether it formats numbers as dates. */
export async function readDateStyles(pkg: XlsxPackage, part: string | undefined): Promise<boolean[]> {
  const formats = new Map<number, string>();
  const styleFormats: number[] = [];
  if (part === undefined) return [];
  // <numFmt> and <xf> also occur elsewhere (differential formats, cell style formats): only the
  // children of <numFmts> and <cellXfs> count.
  let parent = '';
  await pkg.parse(part, {
    open(name, attributes) {
      if (name === 'numFmts' || name === 'cellXfs') parent = name;
      else if (name === 'numFmt' && parent === 'numFmts') formats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'xf' && parent === 'cellXfs') styleFormats.push(Number(attributes.numFmtId ?? 0));
    },
    close(name) {
      if (name === parent) parent = '';
    },
  });
  return styleFormats.map((id) => {
    const code = formats.get(id);
    return code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id);
  });
}
