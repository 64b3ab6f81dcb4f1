/**
 * A fake Excel for tests of code written against office.js: queued operations and `sync()`,
 * PropertyNotLoaded, `*OrNullObject`, Excel's entry rules for values, protection, rules, names,
 * sheet state, and the costs a host is held to (round trips, proxies, request and response bytes,
 * calculation suspensions).
 */
export { installFakeOffice } from './install-fake-office';
export type { DialogRecord, FakeOffice, FakeOfficeOptions } from './install-fake-office';
export { FakeSheet, FakeWorkbook, cloneFakeWorkbook, createFakeWorkbook, fakeWorkbookState, readFakeWorkbook } from './fake-workbook';
export type { FakeCell, FakeName, FakeValidation, FormatProps, SheetConditionalFormat } from './fake-workbook';
export { FakeExcel, PAYLOAD_LIMIT_BYTES } from './request-context';
export type { ExecutedOperation, FakeExcelOptions, InjectedFailure, OperationInfo, RunRecord, SyncRecord } from './request-context';
export { FakeRichApiError } from './errors';
export { enter } from './cell-entry';
