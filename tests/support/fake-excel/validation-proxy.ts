/**
 * Fake DataValidation: one rule per cell as in Excel, list sources that must resolve, the 255
 * character cap on inline lists, and OfficeDev/office-js#2594 (a rule set over part of a range
 * whose validation has a prompt fails).
 */
import { intersects, parseBox, sameBox, splitSheet, subtract } from './addresses';
import type { Scalars } from './client-object';
import { FakeClientObject } from './client-object';
import { richError } from './errors';
import type { FakeSheet, FakeValidation } from './fake-workbook';
import type { RangeTarget } from './range-target';
import { denyIfProtected } from './range-target';
import type { FakeRequestContext } from './request-context';

/** Checks a rule as Excel does before taking it; list sources must resolve. */
function checkRule(sheet: FakeSheet, rule: Excel.DataValidationRule): void {
  const kinds = (Object.keys(rule) as (keyof Excel.DataValidationRule)[]).filter((k) => rule[k] !== undefined);
  if (kinds.length !== 1) throw richError('InvalidArgument', 'A data validation rule holds exactly one type.');
  const list = rule.list;
  if (list) {
    if (typeof list.source !== 'string') return;
    if (!list.source.startsWith('=')) {
      if (list.source.length > 255) throw richError('InvalidArgument', 'A list of values is limited to 255 characters.');
      return;
    }
    const ref = list.source.slice(1);
    if (sheet.workbook.names.has(ref.toLowerCase())) return;
    const split = splitSheet(ref);
    if (parseBox(split.range) && (split.sheet === undefined || sheet.workbook.sheet(split.sheet))) return;
    throw richError('InvalidArgument', `The source ${list.source} does not refer to a range or a name.`);
  }
  const basic = rule.wholeNumber ?? rule.decimal ?? rule.textLength ?? rule.date ?? rule.time;
  if (basic) {
    if (basic.formula1 === undefined || basic.formula1 === null) throw richError('InvalidArgument', 'formula1 is required.');
    if ((basic.operator === 'Between' || basic.operator === 'NotBetween') && (basic.formula2 === undefined || basic.formula2 === null)) {
      throw richError('InvalidArgument', 'formula2 is required for Between and NotBetween.');
    }
  }
}

function ruleType(rule: Excel.DataValidationRule | null): string {
  if (!rule) return 'None';
  if (rule.wholeNumber) return 'WholeNumber';
  if (rule.decimal) return 'Decimal';
  if (rule.list) return 'List';
  if (rule.date) return 'Date';
  if (rule.time) return 'Time';
  if (rule.textLength) return 'TextLength';
  return 'Custom';
}

export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, resolve: () => RangeTarget | null) {
    super(context, { kind: 'DataValidation', resolve, nullable: true });
  }
  protected override sheetOf(t: RangeTarget): FakeSheet {
    return t.sheet;
  }

  private on(t: RangeTarget): FakeValidation | undefined {
    return t.sheet.validations.find((v) => sameBox(v.box, t.box));
  }

  protected scalars(): Scalars<RangeTarget> {
    return {
      type: (t) => ruleType(this.on(t)?.rule ?? null),
      rule: (t) => this.on(t)?.rule ?? {},
      ignoreBlanks: (t) => this.on(t)?.ignoreBlanks ?? true,
      errorAlert: (t) => this.on(t)?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' },
      prompt: (t) => this.on(t)?.prompt ?? { showPrompt: false, title: '', message: '' },
    };
  }

  /** The validation of exactly this range, created empty if there is none. */
  private own(t: RangeTarget): FakeValidation {
    denyIfProtected(t.sheet, null);
    let v = this.on(t);
    if (!v) {
      v = { box: t.box, rule: null, ignoreBlanks: true };
      t.sheet.validations.push(v);
    }
    return v;
  }

  get rule(): Excel.DataValidation['rule'] {
    return this.loaded('rule');
  }
  set rule(rule: Excel.DataValidation['rule']) {
    this.queueSet('rule', rule, (t) => {
      denyIfProtected(t.sheet, null);
      checkRule(t.sheet, rule);
      // OfficeDev/office-js#2594: a rule set over part of a range whose validation has a prompt fails.
      const others = t.sheet.validations.filter((v) => !sameBox(v.box, t.box) && intersects(v.box, t.box));
      if (others.some((v) => v.prompt?.showPrompt)) throw richError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      t.sheet.validations = t.sheet.validations.flatMap((v) => (others.includes(v) ? subtract(v.box, t.box).map((box) => ({ ...v, box })) : [v]));
      this.own(t).rule = rule;
    });
  }
  get ignoreBlanks(): Excel.DataValidation['ignoreBlanks'] {
    return this.loaded('ignoreBlanks');
  }
  set ignoreBlanks(ignore: Excel.DataValidation['ignoreBlanks']) {
    this.queueSet('ignoreBlanks', ignore, (t) => {
      this.own(t).ignoreBlanks = ignore;
    });
  }
  get errorAlert(): Excel.DataValidation['errorAlert'] {
    return this.loaded('errorAlert');
  }
  set errorAlert(alert: Excel.DataValidation['errorAlert']) {
    this.queueSet('errorAlert', alert, (t) => {
      this.own(t).errorAlert = alert;
    });
  }
  get prompt(): Excel.DataValidation['prompt'] {
    return this.loaded('prompt');
  }
  set prompt(prompt: Excel.DataValidation['prompt']) {
    this.queueSet('prompt', prompt, (t) => {
      if (prompt.message.length > 255) throw richError('InvalidArgument', 'A prompt message is limited to 255 characters.');
      this.own(t).prompt = prompt;
    });
  }

  /** Removes validation from these cells; the rest of an overlapping rule's range keeps it. */
  clear(): void {
    this.queueCall('clear', [], (t) => {
      denyIfProtected(t.sheet, null);
      t.sheet.validations = t.sheet.validations.flatMap((v) => (intersects(v.box, t.box) ? subtract(v.box, t.box).map((box) => ({ ...v, box })) : [v]));
    });
  }
}
