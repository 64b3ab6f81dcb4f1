/** Band colours are the team's own: text drawn on them must stay readable whatever they chose. */

import { COLOUR_PATTERN } from '../../core/requests';

export function isHexColour(value: string): boolean {
  return COLOUR_PATTERN.test(value.trim());
}

/** WCAG relative luminance of a #RRGGBB colour, or null for anything else. */
function luminance(hex: string): number | null {
  const text = hex.trim();
  if (!COLOUR_PATTERN.test(text)) return null;
  const n = parseInt(text.slice(1), 16);
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Near-black on light fills, white on dark ones: whichever contrasts more. */
export function textOn(fill: string): string {
  const l = luminance(fill);
  if (l === null) return 'inherit';
  const onBlack = (l + 0.05) / (0.0118 + 0.05);
  const onWhite = 1.05 / (l + 0.05);
  return onBlack >= onWhite ? '#1B1B1B' : '#FFFFFF';
}
