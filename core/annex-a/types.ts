export type ControlTheme = 'Organizational' | 'People' | 'Physical' | 'Technological' | 'Custom';

export interface Control {
  /** Bare 2022 id (`5.17`) or a team's own id (`ACME-01`). */
  readonly id: string;
  readonly title: string;
  readonly theme: ControlTheme;
  /** True for the 93 controls of ISO/IEC 27001:2022 Annex A. */
  readonly annexA: boolean;
}

/** The catalogue in force: Annex A 2022 plus the team's own controls from the Controls sheet. */
export interface ControlCatalogue {
  /** Annex A first in numeric order, then the team's own in sheet order. */
  readonly controls: readonly Control[];
  get(id: string): Control | undefined;
}

/** One reference in a risk's Controls cell, resolved against the catalogue. */
export type ControlCitation =
  | {
      readonly kind: 'control';
      readonly raw: string;
      readonly id: string;
      /** The cell named the control by its title (`Secure authentication`), not by its id. */
      readonly byTitle?: true;
      /**
       * The cell held a number that may stand for this other id too: a spreadsheet keeps `8.10`
       * typed as a number as 8.1. Absent when the number is unambiguous or the row settles it.
       */
      readonly orMaybe?: string;
    }
  | { readonly kind: 'annex-a-2013'; readonly raw: string; readonly id2013: string; readonly successors: readonly string[] }
  /** Something typed as an id that is no control (`5.99`, `A.15.3`, `AC-2`). */
  | { readonly kind: 'unknown'; readonly raw: string }
  /** A clause of ISO/IEC 27001 itself (`Clause 9.2`, `6.1.3`): a requirement, not a control. */
  | { readonly kind: 'clause'; readonly raw: string; readonly clause: string }
  /**
   * A cell that describes measures in words and cites no control at all (`Monthly patching`):
   * the whole cell, never split, with the Annex A controls its words suggest.
   */
  | { readonly kind: 'free-text'; readonly raw: string; readonly likely: readonly string[] };
