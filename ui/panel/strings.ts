/**
 * Every word the task pane shows or announces, in one place, so the pane can be reviewed,
 * pseudo-localised or translated without reading the components. Finding messages and fixes come
 * from the core's catalogue (core/findings/catalogue.ts) and are not repeated here.
 */
import type { Decision, PresetName, ScoringMethod } from '../../core/methodology/types';
import type { Severity } from '../../core/findings/finding';
import { MAX_LEVELS, MAX_REVIEW_DAYS, MIN_LEVELS, MIN_REVIEW_DAYS } from '../../core/requests';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const SEVERITY_NAMES: Readonly<Record<Severity, string>> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

const SCORING_SHORT: Readonly<Record<ScoringMethod, string>> = { multiply: 'L × I', add: 'L + I', matrix: 'lookup matrix' };

export const S = {
  loading: 'Reading the workbook…',

  register: {
    heading: 'Register sheet',
    notFound: 'No risk register found',
    notFoundHint: 'Adopt one of your sheets or start a new register below.',
    summary: (risks: number, headerRow: number): string => `${plural(risks, 'risk', 'risks')} · headers on row ${headerRow}`,
    columns: (mapped: number, own: number): string =>
      own === 0
        ? `${plural(mapped, 'column', 'columns')} understood`
        : `${plural(mapped, 'column', 'columns')} understood, ${plural(own, 'column', 'columns')} of yours kept as they are`,
    sheetsLabel: 'Sheets',
    sheetPresent: (name: string): string => `${name}: in the workbook`,
    sheetAbsent: (name: string): string => `${name}: not generated yet`,
    presentSuffix: ', in the workbook',
    absentSuffix: ', not generated yet',
  },

  panel: {
    label: 'Riskbook',
  },

  methodology: {
    summary: (version: string, l: number, i: number, scoring: ScoringMethod): string =>
      `Method ${version} · ${l} × ${i} · ${SCORING_SHORT[scoring]}`,
    defaultNote: 'Default method: no Methodology sheet yet. Recalculate or save the method to write it.',
    inferredNote: 'Method inferred from the register: no Methodology sheet yet. Recalculate to write it for review, or save the method.',
  },

  actions: {
    groupLabel: 'Actions',
    recalc: 'Recalculate & check traceability',
    soa: 'Generate SoA',
    rtp: 'Generate RTP',
    heatmap: 'Build heatmap',
    soaTitle: 'Generate the Statement of Applicability: all 93 Annex A controls with the risks that cite them',
    rtpTitle: 'Generate the Risk Treatment Plan: a row per risk and control',
    heatmapTitle: 'Build the Heatmap sheet: risks per likelihood and impact',
    needsRegister: 'Set up a register first (below) to run these.',
  },

  controls2013: {
    groupLabel: 'Control ids in the 2013 numbering',
    found: (n: number): string =>
      `${n === 1 ? '1 risk cites' : `${n} risks cite`} controls by their 2013 ids. Riskbook can write the 2022 ids in their place; each cell keeps its old text in a note.`,
    move: 'Move to 2022 ids',
  },

  cycle: {
    groupLabel: 'Assessment cycle',
    none: 'No assessment cycle begun yet. Start one to mark each risk New, Modified or Unchanged against the register as it stands now, year on year.',
    current: (began: string, c: { new: number; modified: number; unchanged: number; closed: number }): string =>
      `Cycle begun on ${began}: ${c.new} new, ${c.modified} modified, ${c.unchanged} unchanged, ${c.closed} closed since.`,
    start: 'Start a new assessment cycle',
    confirm: 'The register as it stands becomes the new cycle’s baseline; the Change log keeps how the current cycle ended.',
    confirmStart: 'Start the new cycle',
    cancel: 'Cancel',
  },

  teamSoa: {
    groupLabel: 'Your Statement of Applicability',
    found2022: (sheet: string): string => `Your SoA on “${sheet}” is the one checked. Riskbook can keep its own instead, with every decision of yours copied into it.`,
    found2013: (sheet: string): string =>
      `Your SoA on “${sheet}” uses the 2013 numbering. Riskbook can build a 2022 SoA beside it, carrying each decision to the controls it became.`,
    notRead: (sheet: string): string => `Riskbook’s own SoA is the one checked; your SoA on “${sheet}” is not read. Copy its decisions into the rows of Riskbook’s SoA nobody has decided yet.`,
    copy: 'Use Riskbook’s SoA',
    copyAgain: 'Copy decisions into Riskbook’s SoA',
    migrate: 'Migrate SoA to 2022',
    kept: (sheet: string): string => `“${sheet}” stays exactly as it is.`,
  },

  progress: {
    status: 'Reading the workbook…',
    recalc: 'Recalculating and checking traceability…',
    soa: 'Generating the Statement of Applicability…',
    rtp: 'Generating the Risk Treatment Plan…',
    heatmap: 'Building the heatmap…',
    previewSheet: (sheet: string): string => `Reading the headers of “${sheet}”…`,
    adoptSheet: (sheet: string): string => `Adopting “${sheet}” as the register…`,
    newRegister: 'Creating a new register…',
    saveMapping: 'Saving the column mapping…',
    saveMethodology: 'Saving the methodology and recalculating…',
    seedSoa: 'Building Riskbook’s SoA from yours…',
    registerIdsTo2022: 'Moving the register’s control ids to 2022…',
    newCycle: 'Starting a new assessment cycle…',
  },

  result: {
    failedTitle: 'That did not work',
    hostFailed: (message: string): string => `Riskbook could not finish: ${message}`,
    retry: 'Try again',
    dismiss: 'Dismiss',
    moreChanges: (n: number): string => `and ${n} more`,
    noChanges: 'Nothing needed to change.',
    findingsAfter: (errors: number, warnings: number): string =>
      `${plural(errors, 'error', 'errors')} and ${plural(warnings, 'warning', 'warnings')} to look at.`,
    selectFailed: (sheet: string, cell: string, message: string): string => `Could not go to ${sheet} ${cell}: ${message}`,
    unknownError: 'an unexpected error',
  },

  findings: {
    heading: 'Findings',
    none: 'No findings. The register is consistent with the method, the RTP and the SoA.',
    counts: (errors: number, warnings: number, infos: number, todos = 0): string =>
      `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}, ${plural(infos, 'note', 'notes')}${todos > 0 ? `; ${todos} of them to do` : ''}`,
    errors: (n: number): string => plural(n, 'error', 'errors'),
    warnings: (n: number): string => plural(n, 'warning', 'warnings'),
    /** Beside the counts: how many of the findings are lines of the to-do list. */
    todos: (n: number): string => `${n} to do`,
    notes: (n: number): string => plural(n, 'note', 'notes'),
    severityHeading: (severity: Severity, n: number): string => `${SEVERITY_NAMES[severity]} (${n})`,
    groupCount: (n: number): string => `, ${n} findings`,
    clause: (clause: string): string => `ISO/IEC 27001 ${clause}`,
    showAllShort: (n: number): string => `Show all ${n}`,
    showAll: (n: number, title: string): string => `Show all ${n}: ${title}`,
    showFewer: 'Show fewer',
    where: (sheet: string, cell: string): string => (cell === '' ? sheet : `${sheet} › ${cell}`),
    /** Where a finding about many cells is: its first range, and how many more. */
    whereRanges: (sheet: string, ranges: readonly string[]): string =>
      ranges.length <= 1 ? `${sheet} › ${ranges[0] ?? ''}` : `${sheet} › ${ranges[0] ?? ''} and ${plural(ranges.length - 1, 'more range', 'more ranges')}`,
    todoHeading: (n: number): string => `To do (${n})`,
    todoIntro: 'Blanks for the team to fill in. Each line selects its cells.',
    showCells: (n: number): string => `Show the ${n} cells`,
    showCellsOf: (n: number, what: string): string => `Show the ${n} cells: ${what}`,
    hideCells: 'Hide the cells',
    hideCellsOf: (what: string): string => `Hide the cells: ${what}`,
    cellsLabel: (what: string): string => `Cells: ${what}`,
    goToCell: (sheet: string, cell: string): string => `Go to ${sheet} ${cell}`,
    moreCells: (n: number): string => `and ${plural(n, 'more cell', 'more cells')}: the finding selects them all`,
    filterSeverity: 'Show severity',
    filterSheet: 'Show sheet',
    allSeverities: 'All severities',
    allSheets: 'All sheets',
    severityOption: (severity: Severity, n: number): string => `${SEVERITY_NAMES[severity]} (${n})`,
    sheetOption: (sheet: string, n: number): string => `${sheet} (${n})`,
    noneMatch: 'No findings of that severity on that sheet.',
    fix: 'Fix:',
    notShown: (n: number): string => `${plural(n, 'more finding is', 'more findings are')} listed in the Checks sheet.`,
    openChecks: 'Open the Checks sheet',
  },

  heatmap: {
    heading: 'Heatmap',
    inherent: 'Inherent',
    residual: 'Residual',
    viewLabel: 'Which risk to show',
    caption: (which: 'inherent' | 'residual'): string =>
      `${which === 'inherent' ? 'Inherent' : 'Residual'} risk: number of risks for each likelihood (rows) and impact (columns)`,
    corner: 'L \\ I',
    axisLikelihood: 'Likelihood',
    axisImpact: 'Impact',
    placed: (n: number, total: number, which: 'inherent' | 'residual'): string =>
      `${n} of ${plural(total, 'risk', 'risks')} have ${which === 'inherent' ? 'a likelihood and impact' : 'a residual rating'}.`,
    bandsLabel: 'Bands',
    bandRange: (min: number, max: number): string => (min === max ? `${min}` : `${min}–${max}`),
  },

  mapping: {
    heading: 'Column mapping',
    intro: 'How your headers were understood. Change a field’s column if Riskbook guessed wrong.',
    yourFields: 'Fields you fill in',
    derivedFields: 'Columns Riskbook writes (formulas)',
    notMapped: '— not in this register —',
    option: (column: string, header: string): string => `${column} · ${header}`,
    own: (list: string): string => `Yours, never touched: ${list}`,
    save: 'Save mapping',
    reset: 'Undo',
  },

  setup: {
    heading: 'Set up register',
    adoptHeading: 'Use one of your sheets',
    adoptIntro: 'Riskbook reads your headers where they are and never moves your columns.',
    sheetLabel: 'Sheet',
    noSheets: 'The workbook has no sheet to adopt.',
    preview: 'Preview mapping',
    previewHeading: (sheet: string): string => `How “${sheet}” would be read`,
    previewHeaderRow: (row: number): string => `Headers on row ${row}`,
    previewMissing: (list: string): string => `Not found: ${list}`,
    previewOwn: (list: string): string => `Kept as yours: ${list}`,
    adopt: (sheet: string): string => `Adopt “${sheet}”`,
    newHeading: 'Start a new register',
    newIntro: 'Adds a register sheet with the headers, dropdowns and formulas ready to fill in.',
    presetLabel: 'Method',
    presets: { '5x5': '5 × 5 (recommended)', '4x4': '4 × 4', '3x3': '3 × 3' } satisfies Record<PresetName, string>,
    create: 'Create new register',
  },

  editor: {
    heading: 'Methodology',
    intro: 'Your risk criteria (Clause 6.1.2). Saving writes these values into the tables of the Methodology sheet (your notes there stay) and recalculates every score.',
    version: 'Version',
    versionHint: 'Raise it when the method changes: every generated sheet is stamped with it.',
    scoring: 'Scoring',
    scoringOptions: {
      multiply: 'Likelihood × Impact',
      add: 'Likelihood + Impact',
      matrix: 'Lookup matrix (edited on the sheet)',
    } satisfies Record<ScoringMethod, string>,
    matrixUnknown: 'This method scores with a lookup matrix that the pane cannot read yet. Edit it on the Methodology sheet.',
    review: 'Review interval (days)',
    likelihood: 'Likelihood scale',
    impact: 'Impact scale',
    levelLegend: (scale: string, value: number): string => `${scale} level ${value}`,
    label: 'Label',
    description: 'Description',
    ofLevel: (scale: string, value: number): string => ` of ${scale.toLowerCase()} level ${value}`,
    addLevel: (scale: string): string => `Add ${scale.toLowerCase()} level`,
    removeLevel: (scale: string, value: number): string => `Remove ${scale.toLowerCase()} level ${value}`,
    levelLimits: `Each scale has ${MIN_LEVELS} to ${MAX_LEVELS} levels.`,
    bands: 'Risk bands',
    bandsIntro: 'Score ranges with their colour and acceptance decision. Together they must cover every score without overlap.',
    bandLegend: (name: string): string => `Band ${name}`,
    bandName: 'Name',
    bandMin: 'From score',
    bandMax: 'To score',
    bandColour: 'Colour',
    bandColourPicker: (name: string): string => `Pick the colour of band ${name}`,
    bandDecision: 'Decision',
    ofBand: (name: string): string => ` of band ${name}`,
    scoreRange: (min: number, max: number): string => `This method gives scores from ${min} to ${max}.`,
    addBand: 'Add band',
    removeBand: (name: string): string => `Remove band ${name}`,
    newBand: 'New band',
    decisions: {
      acceptable: 'Acceptable: retain',
      tolerable: 'Tolerable: owner approves',
      unacceptable: 'Unacceptable: treat',
    } satisfies Record<Decision, string>,
    save: 'Save methodology',
    reset: 'Undo',
    unsaved: 'Unsaved changes',
    invalid: {
      required: 'Required.',
      wholeNumber: 'Enter a whole number.',
      colour: 'Use a colour such as #C6EFCE.',
      review: `Enter a number of days from ${MIN_REVIEW_DAYS} to ${MAX_REVIEW_DAYS}.`,
      tooLong: (max: number): string => `Use at most ${max} characters.`,
      fixFirst: 'Correct the fields marked in red first.',
    },
  },
} as const;

