/** Checks on one scale: its size, its values and its labels. */
import type { Finding } from '../findings/finding';
import { finding } from '../findings/report';
import { SHEETS } from '../workbook/names';
import type { ScaleAnchors } from './anchors';
import { levelAnchor } from './anchors';
import { MAX_LEVELS, MIN_LEVELS } from '../limits';
import type { ScaleLevel } from './types';

export type ScaleName = 'likelihood' | 'impact';

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)$/;

export function validateScaleSize(name: ScaleName, scale: readonly ScaleLevel[], anchors: ScaleAnchors): Finding[] {
  if (scale.length >= MIN_LEVELS && scale.length <= MAX_LEVELS) return [];
  return [finding('methodology-scale-size', SHEETS.methodology, anchors.heading, { scale: name, count: scale.length })];
}

/** Values must be whole numbers, each greater than the one before (MATCH and the heatmap rely on it). */
export function validateScaleOrder(name: ScaleName, scale: readonly ScaleLevel[], anchors: ScaleAnchors): Finding[] {
  const out: Finding[] = [];
  scale.forEach((level, i) => {
    const previous = scale[i - 1];
    const rising = previous === undefined || !Number.isFinite(previous.value) || level.value > previous.value;
    if (!Number.isInteger(level.value) || !rising) {
      out.push(finding('methodology-scale-order', SHEETS.methodology, levelAnchor(anchors, i).value, { scale: name, value: String(level.value) }));
    }
  });
  return out;
}

/**
 * Labels must be present and distinct ignoring case (MATCH ignores case), and must not read as a
 * number: a spreadsheet would turn it into one and it would collide with the level values.
 */
export function validateScaleLabels(name: ScaleName, scale: readonly ScaleLevel[], anchors: ScaleAnchors): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, ScaleLevel>();
  scale.forEach((level, i) => {
    const label = level.label.trim();
    let problem: string | null = null;
    const earlier = seen.get(label.toLowerCase());
    if (label === '') problem = 'no label';
    else if (NUMBER_TEXT.test(label)) problem = 'a number as its label';
    else if (earlier) problem = `the same label as level ${earlier.value}`;
    else seen.set(label.toLowerCase(), level);
    if (problem !== null) {
      out.push(finding('methodology-scale-label', SHEETS.methodology, levelAnchor(anchors, i).label, { scale: name, value: String(level.value), problem }));
    }
  });
  return out;
}

export function validateScale(name: ScaleName, scale: readonly ScaleLevel[], anchors: ScaleAnchors): Finding[] {
  return [...validateScaleSize(name, scale, anchors), ...validateScaleOrder(name, scale, anchors), ...validateScaleLabels(name, scale, anchors)];
}
