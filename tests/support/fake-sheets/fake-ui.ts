/**
 * The Ui (add-on menu, alerts, sidebars) and HtmlService. A sidebar is built only from a file of
 * the pushed project, as `createHtmlOutputFromFile` does, and every sidebar is 300 px wide.
 */
import { FakeObject } from './call-log';

export const SIDEBAR_WIDTH = 300;

export interface MenuRecord {
  readonly name: string;
  readonly addOn: boolean;
  readonly items: readonly ({ readonly caption: string; readonly functionName: string } | 'separator')[];
}

export class Menu extends FakeObject {
  readonly kind = 'Menu';
  readonly items: ({ caption: string; functionName: string } | 'separator')[] = [];

  constructor(
    private readonly ui: Ui,
    readonly name: string,
    readonly addOn: boolean,
  ) {
    super();
  }

  addItem(caption: string, functionName: string): this {
    if (typeof caption !== 'string' || typeof functionName !== 'string' || caption === '' || functionName === '') throw new Error('addItem needs a caption and a function name');
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.items.push('separator');
    return this;
  }
  addToUi(): void {
    this.ui.menus.push({ name: this.name, addOn: this.addOn, items: [...this.items] });
  }
}

export type Button = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

export interface AlertRecord {
  readonly title: string;
  readonly prompt: string;
  readonly buttons: string;
  /** Simulated time the alert opened at, in ms since the epoch. */
  readonly atMs: number;
}

/**
 * The only meta tags HtmlService passes on, and only through `addMetaTag`: "Meta tags included
 * directly in an Apps Script HTML file are ignored" (HtmlOutput.addMetaTag).
 */
const ALLOWED_META_TAGS = new Set(['apple-mobile-web-app-capable', 'google-site-verification', 'mobile-web-app-capable', 'viewport']);

export interface MetaTag {
  readonly name: string;
  readonly content: string;
}

export class HtmlOutput extends FakeObject {
  readonly kind = 'HtmlOutput';
  private title = '';
  private readonly metaTags: MetaTag[] = [];

  constructor(
    readonly file: string,
    readonly content: string,
  ) {
    super();
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  getContent(): string {
    return this.content;
  }
  addMetaTag(name: string, content: string): this {
    if (!ALLOWED_META_TAGS.has(name)) throw new Error(`Meta tag "${name}" is not allowed.`);
    this.metaTags.push({ name, content: String(content) });
    return this;
  }
  getMetaTags(): MetaTag[] {
    return [...this.metaTags];
  }
}

export class Ui extends FakeObject {
  readonly kind = 'Ui';
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  /** Sidebars shown; `metaTags` are those the page gets, the ones its file holds being ignored. */
  readonly sidebars: { title: string; file: string; width: number; content: string; metaTags: MetaTag[] }[] = [];
  /** How the person answers the next alerts (YES when the queue is empty). */
  readonly answers: Button[] = [];
  /**
   * How long the person takes to close an alert. "Alerts suspend the server-side script while the
   * dialog is open" (Apps Script guide, Dialogs and sidebars), and the execution's clock runs on.
   */
  msPerAlert = 0;
  /** Moves the simulated clock (set by FakeGoogle). */
  wait: (ms: number) => void = () => undefined;
  /** Reads the simulated clock (set by FakeGoogle). */
  now: () => number = () => 0;

  createAddonMenu(): Menu {
    return new Menu(this, 'Riskbook', true);
  }
  createMenu(name: string): Menu {
    return new Menu(this, name, false);
  }
  alert(a: string, b?: string, c?: string): Button {
    const [title, prompt, buttons] = c !== undefined ? [a, b ?? '', c] : b !== undefined && b in this.ButtonSet ? ['', a, b] : ['', a, 'OK'];
    this.alerts.push({ title, prompt, buttons, atMs: this.now() });
    this.wait(this.msPerAlert);
    if (buttons === 'OK') return 'OK';
    return this.answers.shift() ?? 'YES';
  }
  showSidebar(output: HtmlOutput): void {
    if (!(output instanceof HtmlOutput)) throw new Error("The parameters don't match the method signature for Ui.showSidebar.");
    this.sidebars.push({ title: output.getTitle(), file: output.file, width: SIDEBAR_WIDTH, content: output.content, metaTags: output.getMetaTags() });
  }
}

export class HtmlService extends FakeObject {
  readonly kind = 'HtmlService';

  /** `files`: the pushed project's HTML files by name without `.html`. */
  constructor(private readonly files: ReadonlyMap<string, string>) {
    super();
  }

  createHtmlOutputFromFile(name: string): HtmlOutput {
    const content = this.files.get(name);
    if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return new HtmlOutput(name, content);
  }
}
