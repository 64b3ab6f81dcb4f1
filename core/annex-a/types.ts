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

/** One token of a risk's Controls cell, resolved against the catalogue. */
export type ControlCitation =
  | { readonly kind: 'control'; readonly raw: string; readonly id: string }
  | { readonly kind: 'annex-a-2013'; readonly raw: string; readonly id2013: string; readonly successors: readonly string[] }
  | { readonly kind: 'unknown'; readonly raw: string };
