/**
 * The demo page (demo.html): the task pane on an in-memory workbook holding a realistic register,
 * with no Office and no network. `?theme=dark` or `?theme=light` fixes the theme; otherwise it
 * follows the system. `?workbook=empty` starts from a blank workbook, to try the register set-up;
 * a workbook a script put in `window.riskbookDemoWorkbook` is opened instead of the demo register.
 */
import { createMemoryBridge } from '../memory-bridge';
import type { MemoryBridge } from '../memory-bridge';
import { mountPanel } from '../mount-panel';
import type { PanelTheme } from '../mount-panel';
import type { WorkbookSnapshot } from '../../core/workbook/snapshot';
import { DEMO_NOW, demoWorkbook } from './demo-register';

declare global {
  interface Window {
    /** The demo's workbook, for a person poking at it in the console and for scripts/screenshot-panel.ts. */
    riskbookDemo?: MemoryBridge;
    /** A workbook to open instead of the demo register (scripts/screenshot-panel.ts --workbook). */
    riskbookDemoWorkbook?: WorkbookSnapshot;
  }
}

function themeParam(): PanelTheme | undefined {
  const value = new URLSearchParams(window.location.search).get('theme');
  return value === 'dark' || value === 'light' ? value : undefined;
}

function workbookParam(): WorkbookSnapshot {
  const blank = new URLSearchParams(window.location.search).get('workbook') === 'empty';
  if (blank) return { sheets: [{ name: 'Sheet1', values: [] }] };
  return window.riskbookDemoWorkbook ?? demoWorkbook();
}

function start(): void {
  let root = document.getElementById('root');
  if (!root) {
    root = document.createElement('div');
    root.id = 'root';
    document.body.appendChild(root);
  }
  // Enough latency to see the progress state, short enough not to feel slow.
  const bridge = createMemoryBridge(workbookParam(), { now: DEMO_NOW, delayMs: 400 });
  window.riskbookDemo = bridge;
  const theme = themeParam();
  mountPanel(root, bridge, theme ? { theme } : {});
}

start();
