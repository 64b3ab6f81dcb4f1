import type { PanelRequest } from '../../../core/actions';
import { parseRequest } from '../../../core/request-schema';
import { DEFAULT_METHODOLOGY } from '../../../core/methodology/presets';
import type { Methodology, ScaleLevel } from '../../../core/methodology/types';
import { parseMethodology } from '../../../core/methodology/methodology-schema';
import {
  MAX_BANDS, MAX_BAND_NAME, MAX_HEADER, MAX_LEVELS, MAX_LEVEL_DESCRIPTION, MAX_LEVEL_LABEL, MAX_REVIEW_DAYS, MAX_SHEET_NAME, MAX_VERSION, MIN_LEVELS, MIN_REVIEW_DAYS,
} from '../../../core/requests';
import { createMemoryBridge } from '../../../ui/memory-bridge';

/** The one line a refused request gets, or the request when it passed. */
function refusal(input: unknown): string {
  const parsed = parseRequest(input);
  if (parsed.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
  return parsed.message;
}

const levels = (n: number): ScaleLevel[] => Array.from({ length: n }, (_, i) => ({ value: i + 1, label: `Level ${i + 1}`, description: '' }));

describe('parseRequest: what a panel or menu may ask', () => {
  const good: PanelRequest[] = [
    { kind: 'status' },
    { kind: 'generate', action: 'recalc' },
    { kind: 'generate', action: 'heatmap' },
    { kind: 'newRegister', preset: '4x4' },
    { kind: 'previewSheet', sheet: 'Risks 2025' },
    { kind: 'adoptSheet', sheet: 'x'.repeat(MAX_SHEET_NAME) },
    { kind: 'saveMapping', override: { owner: 'F', likelihood: 'Probability' } },
    { kind: 'saveMethodology', methodology: DEFAULT_METHODOLOGY },
    { kind: 'seedSoa' },
    { kind: 'registerIdsTo2022' },
  ];

  it.each(good.map((r) => [r.kind, r]))('accepts a well-formed %s request as it is', (_kind, request) => {
    expect(parseRequest(request)).toEqual({ ok: true, request });
  });

  it('trims sheet names and drops fields no request has', () => {
    expect(parseRequest({ kind: 'adoptSheet', sheet: '  Risks  ', extra: true })).toEqual({ ok: true, request: { kind: 'adoptSheet', sheet: 'Risks' } });
  });

  it('carries a methodology as it came: respond checks it and lists every problem', () => {
    const incomplete = { version: '' };
    expect(parseRequest({ kind: 'saveMethodology', methodology: incomplete })).toEqual({ ok: true, request: { kind: 'saveMethodology', methodology: incomplete } });
  });

  it.each<[string, unknown, string]>([
    ['a request it does not know', { kind: 'deleteEverything' }, 'kind: invalid'],
    ['a request with no kind', {}, 'kind: invalid'],
    ['no request at all', null, 'request: invalid'],
    ['text instead of a request', 'status', 'request: invalid'],
    ['an action it does not know', { kind: 'generate', action: 'everything' }, 'action: invalid'],
    ['a preset it does not know', { kind: 'newRegister', preset: '6x6' }, 'preset: invalid'],
    ['a missing sheet name', { kind: 'previewSheet' }, 'sheet: invalid'],
    ['a sheet name that is not text', { kind: 'previewSheet', sheet: 7 }, 'sheet: invalid'],
    ['an empty sheet name', { kind: 'adoptSheet', sheet: '   ' }, 'sheet: empty'],
    ['a sheet name past the limit', { kind: 'adoptSheet', sheet: 'x'.repeat(MAX_SHEET_NAME + 1) }, `sheet: over ${MAX_SHEET_NAME} characters`],
    ['a mapping of a field it does not know', { kind: 'saveMapping', override: { colour: 'B' } }, 'override: invalid'],
    ['a header past the limit', { kind: 'saveMapping', override: { owner: 'x'.repeat(MAX_HEADER + 1) } }, `override.owner: over ${MAX_HEADER} characters`],
  ])('refuses %s in one line that says what is wrong', (_what, input, problem) => {
    const message = refusal(input);
    expect(message).toBe(`Riskbook did not understand the request (${problem}).`);
    expect(message).not.toMatch(/\n/);
  });

  it('names every problem, still in one line', () => {
    const long = 'x'.repeat(MAX_HEADER + 1);
    const message = refusal({ kind: 'saveMapping', override: { owner: long, status: 'F', likelihood: long } });
    expect(message).toBe(`Riskbook did not understand the request (override.owner: over ${MAX_HEADER} characters; override.likelihood: over ${MAX_HEADER} characters).`);
  });

  it('is the check the in-memory host makes too: a request the Sheets host refuses fails there with the same words', async () => {
    const bridge = createMemoryBridge({ sheets: [] }, { now: '2025-01-01T00:00:00Z' });
    const input = { kind: 'adoptSheet', sheet: '' } as unknown as PanelRequest;
    await expect(bridge.request(input)).rejects.toThrow(refusal(input));
  });
});

describe('parseMethodology: the limits a saved method keeps', () => {
  const at = (change: Partial<Methodology>): Methodology => ({ ...DEFAULT_METHODOLOGY, ...change });

  it('accepts a method at every limit', () => {
    const m = at({
      version: 'v'.repeat(MAX_VERSION),
      likelihood: levels(MAX_LEVELS).map((l) => ({ ...l, label: 'L'.repeat(MAX_LEVEL_LABEL), description: 'd'.repeat(MAX_LEVEL_DESCRIPTION) })),
      impact: levels(MIN_LEVELS),
      reviewIntervalDays: MAX_REVIEW_DAYS,
    });
    expect(parseMethodology(m).ok).toBe(true);
    expect(parseMethodology(at({ reviewIntervalDays: MIN_REVIEW_DAYS })).ok).toBe(true);
  });

  it.each<[string, Partial<Methodology>, string]>([
    ['too many levels', { likelihood: levels(MAX_LEVELS + 1) }, `likelihood: over ${MAX_LEVELS} entries`],
    ['too few levels', { impact: levels(MIN_LEVELS - 1) }, `impact: under ${MIN_LEVELS} entries`],
    ['a label past the limit', { impact: levels(3).map((l, i) => (i === 1 ? { ...l, label: 'x'.repeat(MAX_LEVEL_LABEL + 1) } : l)) }, `impact.1.label: over ${MAX_LEVEL_LABEL} characters`],
    ['an empty version', { version: ' ' }, 'version: empty'],
    ['a band name past the limit', { bands: [{ ...DEFAULT_METHODOLOGY.bands[0]!, name: 'x'.repeat(MAX_BAND_NAME + 1) }] }, `bands.0.name: over ${MAX_BAND_NAME} characters`],
    ['no band', { bands: [] }, 'bands: empty'],
    ['too many bands', { bands: Array.from({ length: MAX_BANDS + 1 }, () => DEFAULT_METHODOLOGY.bands[0]!) }, `bands: over ${MAX_BANDS} entries`],
    ['a band colour that is no colour', { bands: [{ ...DEFAULT_METHODOLOGY.bands[0]!, colour: 'green' }] }, 'bands.0.colour: invalid'],
    ['a review interval past the limit', { reviewIntervalDays: MAX_REVIEW_DAYS + 1 }, `reviewIntervalDays: over ${MAX_REVIEW_DAYS}`],
    ['a review interval of no days', { reviewIntervalDays: 0 }, `reviewIntervalDays: under ${MIN_REVIEW_DAYS}`],
  ])('refuses %s, naming the field', (_what, change, problem) => {
    const parsed = parseMethodology(at(change));
    expect(parsed.ok ? [] : parsed.problems).toContain(problem);
  });
});
