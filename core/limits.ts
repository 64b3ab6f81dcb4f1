/**
 * What a request may carry and what a methodology may hold. The schema a request is checked with
 * (request-schema.ts), the Methodology sheet's checks (methodology/validate-*.ts), the inference
 * of a team's scales and the panel's editors all read these, and nothing else says them.
 * Plain constants in a module that re-exports nothing: the bundlers then put the number itself
 * where each is used, so naming them costs the Apps Script bundle nothing.
 */

/** Characters in a sheet name: Google Sheets allows 100 (Excel 31), so a request may name either. */
export const MAX_SHEET_NAME = 100;
/** Characters in a header a saved mapping picks a column by. */
export const MAX_HEADER = 200;
/**
 * Ranges a host selects at once for a finding about many cells: Excel refuses some address
 * lists of about 8,000 characters (OfficeDev/office-js#5198), which 100 ranges stay well under.
 * A finding with more selects its first 100; the Checks sheet lists them all.
 */
export const MAX_SELECTED_RANGES = 100;

// What a methodology may hold to be saved from a panel, and to be read from the sheet.

/** Levels on the likelihood scale and on the impact scale. */
export const MIN_LEVELS = 3;
export const MAX_LEVELS = 10;
/** Characters in a level's label, and in its description. */
export const MAX_LEVEL_LABEL = 60;
export const MAX_LEVEL_DESCRIPTION = 500;
/** Characters in the methodology's version, e.g. "2.1". */
export const MAX_VERSION = 20;
/** Risk bands, and the characters in a band's name. */
export const MIN_BANDS = 1;
export const MAX_BANDS = 10;
export const MAX_BAND_NAME = 30;
/** A band's colour: `#RRGGBB`, the form every host writes as a fill. */
export const COLOUR_PATTERN = /^#[0-9A-Fa-f]{6}$/;
export const MAX_IMPACT_DIMENSIONS = 6;
/** Days between reviews of a risk. */
export const MIN_REVIEW_DAYS = 1;
export const MAX_REVIEW_DAYS = 3660;
