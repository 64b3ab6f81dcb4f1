/**
 * A whole fake Apps Script environment around one spreadsheet: the globals a bundle may use
 * (SpreadsheetApp, HtmlService, LockService, PropertiesService, console, Logger) and the state
 * tests look at. Nothing else exists in it: a bundle that reaches for UrlFetchApp, Utilities or
 * `require` fails the way it would in Apps Script.
 */
import { CallLog, expose } from './call-log';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './fake-spreadsheet';
import { HtmlService, Ui } from './fake-ui';
import { LockModel, LockService, Properties, PropertiesService } from './fake-services';
import { SpreadsheetModel } from './model';

export interface FakeGoogleOptions {
  /** The spreadsheet's time zone (date cells are midnight there). Europe/London by default. */
  readonly timeZone?: string;
  /**
   * A bound script or installed add-on (the default) has a document lock and document
   * properties; a standalone script gets null for both.
   */
  readonly bound?: boolean;
  /** The HTML files of the pushed project, by name without `.html`. */
  readonly htmlFiles?: ReadonlyMap<string, string>;
  /** Simulated time at the start, in ms since the epoch. */
  readonly startMs?: number;
}

export class FakeGoogle {
  readonly log: CallLog;
  readonly model: SpreadsheetModel;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui = new Ui();
  readonly locks = new LockModel();
  readonly documentProperties: Properties | null;
  readonly app: FakeSpreadsheetApp;
  readonly consoleLines: string[] = [];
  private readonly lockService: LockService;
  private readonly propertiesService: PropertiesService;
  private readonly htmlService: HtmlService;

  constructor(options: FakeGoogleOptions = {}) {
    this.log = new CallLog(options.startMs ?? Date.UTC(2026, 10, 23, 9, 0, 0));
    this.model = new SpreadsheetModel(options.timeZone ?? 'Europe/London');
    this.spreadsheet = new FakeSpreadsheet(this.model);
    const bound = options.bound ?? true;
    this.documentProperties = bound ? new Properties() : null;
    this.lockService = new LockService(this.locks, bound);
    this.propertiesService = new PropertiesService(this.documentProperties, new Properties(), new Properties());
    this.htmlService = new HtmlService(options.htmlFiles ?? new Map());
    this.app = new FakeSpreadsheetApp(this.spreadsheet, this.ui);
    this.log.lock = { holdsWriteLock: () => this.locks.held !== null };
    this.ui.wait = (ms) => this.log.advance(ms);
    this.ui.now = () => this.log.nowMs;
  }

  /** Simulated now, in ms: advances by `log.msPerCall` with every SpreadsheetApp call. */
  now(): number {
    return this.log.nowMs;
  }

  /** The globals of an Apps Script execution, every service behind a counting proxy. */
  globals(): Record<string, unknown> {
    const line = (...args: unknown[]): void => {
      this.consoleLines.push(args.map(String).join(' '));
    };
    return {
      SpreadsheetApp: expose(this.app, this.log),
      HtmlService: expose(this.htmlService, this.log),
      LockService: expose(this.lockService, this.log),
      PropertiesService: expose(this.propertiesService, this.log),
      console: { log: line, info: line, warn: line, error: line },
      Logger: { log: line },
    };
  }
}
