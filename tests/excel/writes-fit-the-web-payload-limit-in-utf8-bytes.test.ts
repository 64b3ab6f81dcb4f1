/**
 * Excel on the web refuses a request over 5 MB of payload (RequestPayloadSizeLimitExceeded), and
 * the payload is UTF-8: a character of Chinese, Greek or Cyrillic text takes two or three bytes.
 * The fake measures requests that way, so a host that sized its write batches in UTF-16
 * characters sent a 20,000-risk register in Chinese as requests of about 9 MB, and failed on
 * every run. Writes are sized in bytes, and a request Excel still finds too large (its own
 * overhead is not ours to know exactly) is split and sent again: it ran nothing, so nothing is
 * sent twice.
 */
import type { CellValue, WorkbookSnapshot } from '../../core/workbook/snapshot';
import { PAYLOAD_LIMIT_BYTES, readFakeWorkbook } from '../support/fake-excel';
import { GENERATED_HEADERS, GENERATED_HEADER_ROW, generateRegister } from '../support/register-generator';
import type { HostRun } from './support/excel-harness';
import { runHost, withFakeExcel, writeSyncs } from './support/excel-harness';

jest.setTimeout(180000);

/** Free-text columns a team writes in its own language. */
const TEXT_COLUMNS = ['Asset', 'Threat', 'Vulnerability', 'Risk description', 'Notes'].map((h) => GENERATED_HEADERS.indexOf(h as (typeof GENERATED_HEADERS)[number]));

/** Three bytes a character in UTF-8, one UTF-16 unit each. */
const CHINESE = '供应商数据泄露导致客户个人信息外泄风险评估与控制措施说明';

/** The generated register with every free-text cell in Chinese, each a little different. */
function chineseRegister(risks: number): WorkbookSnapshot {
  const { snapshot } = generateRegister({ risks, seed: 7 });
  const sheets = snapshot.sheets.map((sheet, s) => {
    if (s !== 0) return sheet;
    const values = sheet.values.map((row, r): CellValue[] => {
      if (r <= GENERATED_HEADER_ROW) return [...row];
      return row.map((v, c) => (TEXT_COLUMNS.includes(c) && typeof v === 'string' && v !== '' ? `${CHINESE}${r}${CHINESE.slice(0, c)}` : v));
    });
    return { ...sheet, values };
  });
  return { ...snapshot, sheets };
}

function utf8(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

async function recalc(snapshot: WorkbookSnapshot, requestLimitBytes?: number): Promise<HostRun & { readonly after: WorkbookSnapshot }> {
  return withFakeExcel(
    snapshot,
    async (office) => ({ ...(await runHost(office, { kind: 'generate', action: 'recalc' })), after: readFakeWorkbook(office.workbook) }),
    requestLimitBytes ? { requestLimitBytes } : {},
  );
}

describe('a register of 20,000 risks written in Chinese, on Excel on the web', () => {
  let run: HostRun;
  beforeAll(async () => {
    run = await recalc(chineseRegister(20000));
  });

  it('is written: no request over the 5 MB Excel on the web takes, none refused', () => {
    expect(run.outcome.ok).toBe(true);
    for (const s of run.run.syncs) {
      expect(s.requestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      expect(s.failure).toBeUndefined();
    }
  });

  it('still fills its requests: no more round trips than the bytes need', () => {
    const writes = writeSyncs(run.run);
    expect(writes.length).toBeGreaterThan(2);
    for (const s of writes.slice(0, -1)) expect(s.requestBytes).toBeGreaterThan(0.5 * PAYLOAD_LIMIT_BYTES);
  });
});

it('the text really takes three bytes a character, where a UTF-16 length counts one', () => {
  expect(utf8(CHINESE)).toBe(3 * CHINESE.length);
});

describe('a write request Excel finds too large all the same', () => {
  it('is split and sent again, and the workbook comes out as with room to spare', async () => {
    const snapshot = chineseRegister(2000);
    const roomy = await recalc(snapshot);
    // A limit well under the host's own budget: Excel refuses requests the host thought fit.
    const tight = await recalc(snapshot, 1_000_000);
    expect(tight.outcome.ok).toBe(true);
    const refused = tight.run.syncs.filter((s) => s.failure !== undefined);
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused.map((s) => s.failure))).toEqual(new Set(['RequestPayloadSizeLimitExceeded']));
    expect(tight.outcome).toEqual(roomy.outcome);
    expect(tight.after).toEqual(roomy.after);
  });

  it('fails with the reason once a single change is larger than any request can be', async () => {
    const result = await recalc(chineseRegister(100), 2000).catch((err: unknown) => err);
    expect(result).toBeInstanceOf(Error);
    expect((result as Error).message).toMatch(/too large for one request to Excel/);
  });
});
