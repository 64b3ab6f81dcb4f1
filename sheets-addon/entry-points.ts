/**
 * Every function Apps Script calls by name: the triggers, the menu items and the sidebar's
 * server functions. Apps Script sees only top-level function declarations, so the build
 * (scripts/build-sheets-addon.mjs) bundles this file as one IIFE that puts this object on the
 * global object, and writes a forwarding `function name() {…}` for each key after it.
 */
import {
  onInstall,
  onOpen,
  riskbookMenuBuildHeatmap,
  riskbookMenuGenerateRtp,
  riskbookMenuGenerateSoa,
  riskbookMenuNewCycle,
  riskbookMenuRecalculate,
  riskbookMenuSetUpRegister,
  riskbookOpenPanel,
} from './menu';
import { riskbookRequest, riskbookSelectCells, showSidebar } from './sidebar-server';

export const ENTRY_POINTS = {
  onOpen,
  onInstall,
  riskbookMenuRecalculate,
  riskbookMenuGenerateSoa,
  riskbookMenuGenerateRtp,
  riskbookMenuBuildHeatmap,
  riskbookMenuNewCycle,
  riskbookMenuSetUpRegister,
  riskbookOpenPanel,
  showSidebar,
  riskbookRequest,
  riskbookSelectCells,
} as const;

/** The global the forwarding stubs call into. */
export const GLOBAL_NAME = '__riskbook';

(globalThis as unknown as Record<string, unknown>)[GLOBAL_NAME] = ENTRY_POINTS;
