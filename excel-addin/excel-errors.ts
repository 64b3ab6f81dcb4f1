/**
 * Failures of Excel itself, turned into one line a person can act on. Office.js rejects `sync()`
 * with an OfficeExtension.Error whose `code` names the cause (Excel.ErrorCodes); its message and
 * debug info are for developers and never reach the panel.
 */

/** A failure of the host with a message fit to show as it is. */
export class ExcelHostError extends Error {
  override readonly name = 'ExcelHostError';
  constructor(
    message: string,
    /** Excel's error code, when Excel raised it. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** The `code` of an Office.js error, or undefined for anything else. */
export function officeErrorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && code !== '' ? code : undefined;
}

/**
 * Excel refused a request for its size before running any of it (the 5 MB limit of Excel on the
 * web): the same calls can be sent again in smaller requests.
 */
export function isRequestTooLarge(err: unknown): boolean {
  return officeErrorCode(err) === 'RequestPayloadSizeLimitExceeded';
}

/** Excel refused a response or request for its size (the 5 MB limit of Excel on the web). */
export function isPayloadTooLarge(err: unknown): boolean {
  const code = officeErrorCode(err);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

const REASONS: Readonly<Record<string, string>> = {
  AccessDenied: 'Excel refused the change because a sheet or the workbook structure is protected (with a password, or by another person editing)',
  ItemNotFound: 'a sheet or named range Riskbook was using disappeared, perhaps renamed or deleted while Riskbook worked',
  ItemAlreadyExists: 'a sheet or name Riskbook wanted to create already exists',
  InvalidArgument: 'Excel rejected one of the values or rules Riskbook asked for',
  InvalidOperation: 'Excel did not allow one of the changes Riskbook asked for',
  InvalidOperationInCellEditMode: 'a cell is being edited; press Enter or Esc in the sheet and try again',
  RequestPayloadSizeLimitExceeded: 'the change was too large for one request to Excel',
  ResponsePayloadSizeLimitExceeded: 'the workbook was too large to read in one request to Excel',
  ApiNotFound: 'this version of Excel lacks a feature Riskbook needs',
  Conflict: 'someone else changed the workbook at the same time',
  RequestAborted: 'Excel cancelled the request',
  ServiceNotAvailable: 'Excel was not available',
};

/** First line of a message, without any stack or debug text. */
function firstLine(text: string): string {
  return (text.split(/\r?\n/)[0] ?? '').trim();
}

/**
 * A one-line message for any failure: `doing` says what Riskbook was doing ("reading the
 * workbook", "writing to the workbook"), `after` what state that leaves the workbook in.
 */
export function friendlyError(err: unknown, doing: string, after = ''): ExcelHostError {
  if (err instanceof ExcelHostError) return err;
  const code = officeErrorCode(err);
  const reason = code !== undefined ? (REASONS[code] ?? `Excel reported ${code}`) : firstLine(err instanceof Error ? err.message : String(err)) || 'an unknown error';
  const tail = after ? ` ${after}` : '';
  return new ExcelHostError(`Riskbook stopped while ${doing}: ${reason}.${tail}`, code);
}
