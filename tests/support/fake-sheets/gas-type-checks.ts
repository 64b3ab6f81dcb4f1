/**
 * Compile-time checks that the fake's note and R1C1 formula methods take and give what
 * @types/google-apps-script declares: what Apps Script accepts, the fake accepts, and what the
 * fake returns is what Apps Script returns.
 */
import type { FakeRange, FakeRangeList } from './fake-range';
import type { FakeSheet } from './fake-sheet';

type Expect<T extends true> = T;
type Is<A, B> = A extends B ? true : false;
type Range = GoogleAppsScript.Spreadsheet.Range;
type RangeList = GoogleAppsScript.Spreadsheet.RangeList;

export type GasNoteChecks = [
  Expect<Is<ReturnType<FakeRange['getNote']>, ReturnType<Range['getNote']>>>,
  Expect<Is<ReturnType<FakeRange['getNotes']>, ReturnType<Range['getNotes']>>>,
  Expect<Is<Parameters<Range['setNote']>, Parameters<FakeRange['setNote']>>>,
  Expect<Is<Parameters<Range['setNotes']>, Parameters<FakeRange['setNotes']>>>,
];

/** Selecting what a finding is about: a range, or a list of ranges at once. */
export type GasSelectionChecks = [
  Expect<Is<Parameters<FakeRange['activate']>, Parameters<Range['activate']>>>,
  Expect<Is<Parameters<FakeRangeList['activate']>, Parameters<RangeList['activate']>>>,
  Expect<Is<Parameters<GoogleAppsScript.Spreadsheet.Sheet['getRangeList']>, Parameters<FakeSheet['getRangeList']>>>,
];

export type GasR1C1Checks = [
  Expect<Is<Parameters<Range['setFormulaR1C1']>, Parameters<FakeRange['setFormulaR1C1']>>>,
  Expect<Is<Parameters<RangeList['setFormulaR1C1']>, Parameters<FakeRangeList['setFormulaR1C1']>>>,
];

export type GasFormatCopyChecks = [
  Expect<Is<Parameters<Range['copyFormatToRange']>, Parameters<FakeRange['copyFormatToRange']>>>,
];
