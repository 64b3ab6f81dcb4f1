/**
 * The Annex A lists the synthetic SoAs are typed from: the 93 controls of 2022 and the 114 of
 * 2013 (ids and short titles, from the product's catalogue), and the 2013 edition's 14 sections,
 * which 2013 SoAs show as heading rows.
 */
import { ANNEX_A_2013_TO_2022, ANNEX_A_2022 } from '../../../core/annex-a/catalogue-data';

export interface Control2022 {
  readonly id: string;
  readonly title: string;
  readonly theme: 'Organizational' | 'People' | 'Physical' | 'Technological';
}

export const CONTROLS_2022: readonly Control2022[] = ANNEX_A_2022;

/** The 2013 controls in the standard's order, once each (the catalogue repeats a control with two successors). */
export const CONTROLS_2013: readonly { readonly id: string; readonly title: string }[] = ANNEX_A_2013_TO_2022.filter(
  (e, i, all) => all.findIndex((o) => o.id2013 === e.id2013) === i,
).map((e) => ({ id: e.id2013, title: e.title2013 }));

/** The 2013 sections, by the first two parts of the id ('A.5'). */
export const SECTIONS_2013: Readonly<Record<string, string>> = {
  'A.5': 'Information security policies',
  'A.6': 'Organization of information security',
  'A.7': 'Human resource security',
  'A.8': 'Asset management',
  'A.9': 'Access control',
  'A.10': 'Cryptography',
  'A.11': 'Physical and environmental security',
  'A.12': 'Operations security',
  'A.13': 'Communications security',
  'A.14': 'System acquisition, development and maintenance',
  'A.15': 'Supplier relationships',
  'A.16': 'Information security incident management',
  'A.17': 'Information security aspects of business continuity management',
  'A.18': 'Compliance',
};

/** '5.30' → the control, for modules that pick some controls by id; a miss is the module's bug. */
export function control2022(id: string): Control2022 {
  const c = CONTROLS_2022.find((x) => x.id === id);
  if (!c) throw new Error(`no 2022 control ${id}`);
  return c;
}
