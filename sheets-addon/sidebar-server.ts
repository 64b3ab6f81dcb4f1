/**
 * The server side of the sidebar: what `google.script.run` calls. Requests and outcomes cross as
 * JSON text, so nothing the page sends or receives depends on how Apps Script copies objects
 * (it drops Dates and undefined); a failure rejects the page's promise with a message to show.
 */
import { parseRequest } from '../core/request-schema';
import { MAX_SELECTED_RANGES } from '../core/requests';
import { parseRange } from '../core/workbook/a1';
import { handleRequest } from './sheets-respond';

export const SIDEBAR_FILE = 'Sidebar';
export const SIDEBAR_TITLE = 'Riskbook';

export function showSidebar(): void {
  // Every sidebar is 300 px wide; the panel is laid out for that. HtmlService ignores meta tags
  // written in the file and passes on only those added here (HtmlOutput.addMetaTag).
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE).addMetaTag('viewport', 'width=device-width, initial-scale=1');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Runs one panel request; takes and returns JSON text. */
export function riskbookRequest(requestJson: string): string {
  const startedAt = Date.now();
  if (typeof requestJson !== 'string') throw new Error('Riskbook expected the request as JSON text.');
  let input: unknown;
  try {
    input = JSON.parse(requestJson);
  } catch {
    throw new Error('Riskbook could not read the request (it is not JSON).');
  }
  const parsed = parseRequest(input);
  if (!parsed.ok) throw new Error(parsed.message);
  return JSON.stringify(handleRequest(parsed.request, { startedAt }));
}

/**
 * Shows what a finding points at: `cells` is its cell, or the ranges of a finding about many
 * cells joined by commas ("I5:I74,I80"), each selected (the last one active).
 */
export function riskbookSelectCells(sheetName: string, cells: string): void {
  const ranges = typeof cells === 'string' ? cells.split(',').map((r) => r.trim()) : [];
  if (typeof sheetName !== 'string' || ranges.length === 0 || ranges.length > MAX_SELECTED_RANGES || !ranges.every((r) => parseRange(r))) {
    throw new Error('Riskbook: no such cell to show.');
  }
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error(`There is no sheet named "${sheetName}" any more.`);
  if (ranges.length === 1) sheet.getRange(ranges[0]!).activate();
  else sheet.getRangeList(ranges).activate();
}
