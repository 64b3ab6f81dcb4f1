/**
 * Errors shaped like Office.js's: `sync()` rejects with an OfficeExtension.Error (name
 * "RichApi.Error", a `code` from Excel.ErrorCodes, `debugInfo`), and reading a property that was
 * not loaded and synced throws PropertyNotLoaded at once.
 */

export class FakeRichApiError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function richError(code: string, message: string, where?: string): FakeRichApiError {
  return new FakeRichApiError(code, message, where);
}

/** Office's own wording for reading a property before `load` and `sync`. */
export function notLoaded(property: string): FakeRichApiError {
  return new FakeRichApiError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
