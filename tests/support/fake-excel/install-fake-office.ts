/**
 * Installs a fake `Office` and `Excel` on a global object (globalThis in Jest, `window` in a
 * browser page), so code written for office.js runs unchanged against a FakeWorkbook. Browser-safe:
 * no Node imports, so a page can bundle it in place of office.js.
 */
import type { FakeWorkbook } from './fake-workbook';
import type { FakeExcelOptions, RunRecord } from './request-context';
import { FakeExcel } from './request-context';

export interface FakeOfficeOptions extends FakeExcelOptions {
  /** `Office.onReady`'s platform; Excel on the web by default. */
  readonly platform?: string;
  /** Whether DialogApi 1.1 is supported (default true). */
  readonly dialogApi?: boolean;
  /** `Office.context.officeTheme`, when the host reports one. */
  readonly officeTheme?: { readonly bodyBackgroundColor: string };
  /** `Office.context.contentLanguage` (the editing language); Excel on Mac reports none. */
  readonly contentLanguage?: string;
  /** `Office.context.displayLanguage` (the language of Excel's menus). */
  readonly displayLanguage?: string;
}

export interface DialogRecord {
  readonly url: string;
  readonly options: unknown;
  /** Handlers the page registered, by event type; a test calls them to act as the person. */
  readonly handlers: Map<string, (arg: unknown) => void>;
  closed: boolean;
}

export interface FakeOffice {
  readonly excel: FakeExcel;
  readonly workbook: FakeWorkbook;
  /** Functions registered with `Office.actions.associate`, by name. */
  readonly actions: Map<string, (...args: unknown[]) => unknown>;
  /** Dialogs opened with `Office.context.ui.displayDialogAsync`. */
  readonly dialogs: DialogRecord[];
  readonly runs: readonly RunRecord[];
  readonly lastRun: RunRecord;
  /** Puts back whatever `Office` and `Excel` were before. */
  uninstall(): void;
}

const HOST_TYPE = { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' };
const PLATFORM_TYPE = { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' };

/** The Excel enums the Riskbook host and panel use, as office.js defines them. */
const EXCEL_ENUMS = {
  ConditionalFormatType: { custom: 'Custom', dataBar: 'DataBar', colorScale: 'ColorScale', iconSet: 'IconSet', topBottom: 'TopBottom', presetCriteria: 'PresetCriteria', containsText: 'ContainsText', cellValue: 'CellValue' },
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  DataValidationAlertStyle: { stop: 'Stop', warning: 'Warning', information: 'Information' },
  DataValidationOperator: { between: 'Between', notBetween: 'NotBetween', equalTo: 'EqualTo', notEqualTo: 'NotEqualTo', greaterThan: 'GreaterThan', lessThan: 'LessThan', greaterThanOrEqualTo: 'GreaterThanOrEqualTo', lessThanOrEqualTo: 'LessThanOrEqualTo' },
  HorizontalAlignment: { general: 'General', left: 'Left', center: 'Center', right: 'Right', fill: 'Fill', justify: 'Justify', centerAcrossSelection: 'CenterAcrossSelection', distributed: 'Distributed' },
  VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom', justify: 'Justify', distributed: 'Distributed' },
  BorderIndex: { edgeTop: 'EdgeTop', edgeBottom: 'EdgeBottom', edgeLeft: 'EdgeLeft', edgeRight: 'EdgeRight', insideVertical: 'InsideVertical', insideHorizontal: 'InsideHorizontal', diagonalDown: 'DiagonalDown', diagonalUp: 'DiagonalUp' },
  BorderLineStyle: { none: 'None', continuous: 'Continuous', dash: 'Dash', dashDot: 'DashDot', dashDotDot: 'DashDotDot', dot: 'Dot', double: 'Double', slantDashDot: 'SlantDashDot' },
  BorderWeight: { hairline: 'Hairline', thin: 'Thin', medium: 'Medium', thick: 'Thick' },
  PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
  RangeCopyType: { all: 'All', formulas: 'Formulas', values: 'Values', formats: 'Formats' },
  ProtectionSelectionMode: { normal: 'Normal', unlocked: 'Unlocked', none: 'None' },
  ErrorCodes: {
    accessDenied: 'AccessDenied',
    apiNotFound: 'ApiNotFound',
    generalException: 'GeneralException',
    invalidArgument: 'InvalidArgument',
    invalidOperation: 'InvalidOperation',
    itemAlreadyExists: 'ItemAlreadyExists',
    itemNotFound: 'ItemNotFound',
    responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  },
};

type Batch = (context: unknown) => Promise<unknown>;

function versionAtLeast(have: string, want: string | number | undefined): boolean {
  if (want === undefined) return true;
  const [a1 = 0, a2 = 0] = have.split('.').map(Number);
  const [b1 = 0, b2 = 0] = String(want).split('.').map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

export function installFakeOffice(target: typeof globalThis, workbook: FakeWorkbook, options: FakeOfficeOptions = {}): FakeOffice {
  const excel = new FakeExcel(workbook, options);
  const actions = new Map<string, (...args: unknown[]) => unknown>();
  const dialogs: DialogRecord[] = [];
  const info = { host: HOST_TYPE.Excel, platform: options.platform ?? PLATFORM_TYPE.OfficeOnline };
  const office = {
    HostType: HOST_TYPE,
    PlatformType: PLATFORM_TYPE,
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      // office.js calls back once it has loaded, never synchronously.
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    context: {
      host: info.host,
      platform: info.platform,
      ...(options.officeTheme ? { officeTheme: options.officeTheme } : {}),
      ...(options.contentLanguage !== undefined ? { contentLanguage: options.contentLanguage } : {}),
      ...(options.displayLanguage !== undefined ? { displayLanguage: options.displayLanguage } : {}),
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          if (name === 'ExcelApi') return versionAtLeast(excel.options.apiVersion, minVersion);
          if (name === 'DialogApi') return (options.dialogApi ?? true) && versionAtLeast('1.2', minVersion);
          return false;
        },
      },
      ui: {
        displayDialogAsync(url: string, dialogOptions: unknown, callback?: (result: unknown) => void): void {
          const record: DialogRecord = { url, options: dialogOptions, handlers: new Map(), closed: false };
          dialogs.push(record);
          const dialog = {
            addEventHandler: (type: string, handler: (arg: unknown) => void) => record.handlers.set(type, handler),
            close: () => {
              record.closed = true;
            },
            messageChild: () => undefined,
          };
          callback?.({ status: 'succeeded', value: dialog });
        },
        messageParent: () => undefined,
      },
    },
    actions: {
      associate(name: string, fn: (...args: unknown[]) => unknown): void {
        actions.set(name, fn);
      },
    },
  };
  const fakeExcel = {
    ...EXCEL_ENUMS,
    run(...args: unknown[]): Promise<unknown> {
      const batch = args[args.length - 1];
      if (typeof batch !== 'function') return Promise.reject(new TypeError('Excel.run needs a batch function'));
      return excel.run((context) => (batch as Batch)(context));
    },
  };
  const globals = target as unknown as Record<string, unknown>;
  const before = { Office: globals.Office, Excel: globals.Excel };
  globals.Office = office;
  globals.Excel = fakeExcel;
  return {
    excel,
    workbook,
    actions,
    dialogs,
    get runs() {
      return excel.runs;
    },
    get lastRun() {
      return excel.lastRun;
    },
    uninstall() {
      globals.Office = before.Office;
      globals.Excel = before.Excel;
    },
  };
}
