/** Reads the label / value rows of the settings block. */
import * as z from 'zod/mini';
import type { Finding } from '../findings/finding';
import { finding } from '../findings/report';
import { cellAddress } from '../workbook/a1';
import { SHEETS } from '../workbook/names';
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellAt } from '../workbook/snapshot';
import { cellText, choiceCell, plainCell, textCell, wholeNumberCell } from './cells';
import type { MethodologySections } from './locate-sections';
import { SETTING_ORDER, SETTING_VALUE_COL } from './methodology-layout';
import type { SettingKey } from './methodology-text';
import { IMPACT_RULE_LABELS, SCORING_CHOICES, SETTING_LABELS, parseDimensions, parseImpactRule, parseScoring, sameText } from './methodology-text';
import type { ImpactRule, Methodology, ScoringMethod } from './types';
import { MAX_REVIEW_DAYS, MIN_REVIEW_DAYS } from '../limits';

export interface Settings {
  readonly version: string;
  readonly scoring: ScoringMethod;
  readonly impactDimensions: readonly string[];
  readonly impactRule: ImpactRule;
  readonly reviewIntervalDays: number;
}

/** Each setting: the shape of its value, and how to explain a value that does not fit. */
const SETTINGS: { readonly [K in SettingKey]: { readonly shape: z.ZodMiniType<Settings[K]>; readonly problem: string; readonly expected: string } } = {
  version: { shape: z.pipe(textCell, z.string().check(z.minLength(1))), problem: 'it is blank', expected: 'a version such as 1.0' },
  scoring: {
    shape: choiceCell(parseScoring),
    problem: 'it is not a method Riskbook knows',
    expected: SCORING_CHOICES,
  },
  impactDimensions: { shape: z.pipe(textCell, z.transform(parseDimensions)), problem: 'it cannot be read', expected: 'names separated by commas, or nothing' },
  impactRule: {
    shape: choiceCell(parseImpactRule),
    problem: 'it is not a rule Riskbook knows',
    expected: IMPACT_RULE_LABELS.max,
  },
  reviewIntervalDays: {
    shape: z.pipe(wholeNumberCell, z.number().check(z.gte(MIN_REVIEW_DAYS), z.lte(MAX_REVIEW_DAYS))),
    problem: `it is not a whole number of days from ${MIN_REVIEW_DAYS} to ${MAX_REVIEW_DAYS}`,
    expected: 'a number of days such as 365',
  },
};

function invalid(cell: string, setting: string, value: string, problem: string, expected: string): Finding {
  return finding('methodology-invalid-value', SHEETS.methodology, cell, { setting, value, problem, expected });
}

/**
 * Settings rows are found by their label anywhere above the first table. A missing or unreadable
 * setting falls back to the default's value, with a finding.
 */
export function readSettings(
  sheet: SheetSnapshot,
  sections: MethodologySections,
  fallback: Methodology,
): { settings: Settings; anchors: Record<SettingKey, string>; findings: Finding[] } {
  const findings: Finding[] = [];
  const heading = sections.spans.settings;
  const missingAt = heading ? cellAddress(heading.heading, 0) : 'A1';
  const out: Record<string, unknown> = {};
  const anchors = {} as Record<SettingKey, string>;
  for (const key of SETTING_ORDER) {
    const label = SETTING_LABELS[key];
    const spec = SETTINGS[key];
    let row = -1;
    for (let r = 0; r < sections.settingsEnd && row < 0; r++) if (sameText(cellText(cellAt(sheet, r, 0)), label)) row = r;
    out[key] = fallback[key];
    if (row < 0) {
      anchors[key] = missingAt;
      findings.push(invalid(missingAt, label, '', 'the row is missing', `a row labelled "${label}" with ${spec.expected}`));
      continue;
    }
    anchors[key] = cellAddress(row, SETTING_VALUE_COL);
    const cell = cellAt(sheet, row, SETTING_VALUE_COL);
    const parsed = spec.shape.safeParse(plainCell(cell));
    if (parsed.success) out[key] = parsed.data;
    else findings.push(invalid(anchors[key], label, cellText(cell), spec.problem, spec.expected));
  }
  // Every key of Settings was set above, from the sheet or the fallback.
  return { settings: out as unknown as Settings, anchors, findings };
}
