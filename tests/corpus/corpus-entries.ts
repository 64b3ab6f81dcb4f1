/**
 * The adoption corpus: every expectation file, the workbook it describes (a public .xlsx, or a
 * synthetic one built by its module), and what a careful reader understands of it. The format is
 * in README.md beside this file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { TeamSoaField } from '../../core/team-soa/types';

export const CORPUS_DIR = __dirname;

const Treatment = z.enum(['mitigate', 'transfer', 'avoid', 'accept']);

const RiskSample = z
  .object({
    row: z.number().int().positive(),
    id: z.string().optional(),
    owner: z.string().optional(),
    asset: z.string().optional(),
    threat: z.string().optional(),
    treatment: Treatment.optional(),
    controls: z.array(z.string()).optional(),
    scored: z.boolean().optional(),
  })
  .strict();

const Letter = z.string().regex(/^[A-Z]{1,3}$/);

/** The columns a team SoA may have (core/team-soa/types.ts), as expectation files name them. */
const SOA_FIELDS = [
  'controlId', 'title', 'theme', 'applicable', 'reasonRisk', 'reasonLegal', 'reasonContractual', 'reasonBusiness',
  'reasonBestPractice', 'justification', 'exclusionJustification', 'implementationStatus', 'implementationNotes',
  'evidence', 'owner', 'lastReviewed',
] as const satisfies readonly TeamSoaField[];

const SoaSample = z
  .object({
    row: z.number().int().positive(),
    /** The control the row names, canonical ('5.30', 'A.12.4.1'); '' for a row that names none (a heading). */
    id: z.string(),
    applicable: z.enum(['yes', 'no']).nullable(),
  })
  .strict();

/** The team's own Statement of Applicability, as a careful reader sees it. */
const SoaExpectation = z
  .object({
    sheet: z.string(),
    /** 1-based; the lowest row of a two- or three-row header. */
    headerRow: z.number().int().positive(),
    edition: z.enum(['2022', '2013']),
    fields: z.partialRecord(z.enum(SOA_FIELDS), Letter).default({}),
    /** Rows that name an Annex A control. */
    controls: z.number().int().nonnegative(),
    /** Rows whose applicability the team decided (yes or no, partially counting as yes). */
    decided: z.number().int().nonnegative(),
    samples: z.array(SoaSample).default([]),
  })
  .strict();

/** The team's own risk treatment plan, as a careful reader sees it. */
const PlanExpectation = z
  .object({
    sheet: z.string(),
    headerRow: z.number().int().positive(),
    keyedBy: z.enum(['id', 'title']),
    /** Rows of actions that name a risk (by id or title), including those whose key matches no risk or several. */
    rows: z.number().int().nonnegative(),
    unknownKeys: z.number().int().nonnegative().optional(),
    ambiguousKeys: z.number().int().nonnegative().optional(),
    /** 1-based register rows of risks the plan treats: none of them may get `treatment-missing`. */
    treated: z.array(z.number().int().positive()).default([]),
  })
  .strict();

export const Expectation = z
  .object({
    workbook: z.string().regex(/^(public\/.+\.xlsx|synthetic\/.+\.ts)$/),
    /** What the workbook is, when it is not a register: then `register` is null. */
    kind: z.enum(['register', 'soa']).default('register'),
    register: z.object({ sheet: z.string(), headerRow: z.number().int().positive() }).strict().nullable(),
    fields: z.record(z.string(), z.string().regex(/^[A-Z]{1,3}$/)).default({}),
    riskCount: z.number().int().nonnegative().optional(),
    risks: z.array(RiskSample).default([]),
    cleanRows: z.array(z.number().int().positive()).default([]),
    consistentScoring: z.boolean().optional(),
    /** The team's own SoA; null: the workbook has none, and no sheet may be taken for one. */
    soa: SoaExpectation.nullable().optional(),
    /** The team's own treatment plan; null: the workbook has none, and no sheet may be taken for one. */
    plan: PlanExpectation.nullable().optional(),
    pending: z.record(z.string(), z.string()).default({}),
  })
  .passthrough();

export type Expectation = z.infer<typeof Expectation>;
export type RiskSample = z.infer<typeof RiskSample>;
export type SoaExpectation = z.infer<typeof SoaExpectation>;
export type PlanExpectation = z.infer<typeof PlanExpectation>;

export interface CorpusEntry {
  /** The expectation file's name without `.json`. */
  readonly name: string;
  readonly expect: Expectation;
  /** The workbook's bytes. */
  load(): Promise<Buffer>;
}

interface SyntheticModule {
  readonly scenario: string;
  build(): Promise<Buffer>;
}

export function corpusEntries(): CorpusEntry[] {
  const dir = join(CORPUS_DIR, 'expectations');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.json$/, '');
      const parsed = Expectation.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      // A malformed expectation is the corpus's bug: say which file and what.
      if (!parsed.success) throw new Error(`tests/corpus/expectations/${file}: ${parsed.error.message}`);
      const expect = parsed.data;
      const path = join(CORPUS_DIR, expect.workbook);
      const load = async (): Promise<Buffer> => {
        if (expect.workbook.startsWith('public/')) return readFileSync(path);
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- synthetic modules are found by name at run time
        const mod = require(path) as SyntheticModule;
        return mod.build();
      };
      return { name, expect, load };
    });
}
