/** The colour of a bar drawn in a band's colour (the Dashboard's risks by level). */

/** What a bar takes when its colour has no hue to keep (grey, or not a colour). */
export const BAR_NAVY = '#1F3864';
const NEUTRAL_BAR = BAR_NAVY;

/**
 * A band's colour made strong enough for a bar: its hue, saturated and darkened. A band's fill is
 * pale so that text on it reads; blocks that thin in that colour would barely show.
 */
export function barColour(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) return NEUTRAL_BAR;
  const n = parseInt(m[1]!, 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 0.05) return NEUTRAL_BAR;
  const d = max - min;
  const hue = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  // HSL to RGB at saturation 0.7 and lightness 0.33: dark enough that thin blocks read on white.
  const s = 0.7;
  const l = 0.33;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((hue % 2) - 1));
  const sector = Math.floor(hue);
  const [r1, g1, b1] = [[c, x, 0], [x, c, 0], [0, c, x], [0, x, c], [x, 0, c], [c, 0, x]][sector]!;
  const hexOf = (v: number): string => Math.round((v + l - c / 2) * 255).toString(16).padStart(2, '0');
  return `#${hexOf(r1!)}${hexOf(g1!)}${hexOf(b1!)}`.toUpperCase();
}
