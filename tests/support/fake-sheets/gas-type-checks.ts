/**
 * Compile-time checks that the fake's note methods take and give what @types/google-apps-script
 * declares: what Apps Script accepts, the fake accepts, and what the fake returns is what Apps
 * Script returns.
 */
import type { FakeRange } from './fake-range';

type Expect<T extends true> = T;
type Is<A, B> = A extends B ? true : false;
type Range = GoogleAppsScript.Spreadsheet.Range;

export type GasNoteChecks = [
  Expect<Is<ReturnType<FakeRange['getNote']>, ReturnType<Range['getNote']>>>,
  Expect<Is<ReturnType<FakeRange['getNotes']>, ReturnType<Range['getNotes']>>>,
  Expect<Is<Parameters<Range['setNote']>, Parameters<FakeRange['setNote']>>>,
  Expect<Is<Parameters<Range['setNotes']>, Parameters<FakeRange['setNotes']>>>,
];
