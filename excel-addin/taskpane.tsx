/**
 * The task pane page: waits for office.js, then mounts the shared panel (ui/) on the Excel bridge.
 * Opened outside Excel (a plain browser tab, or with office.js blocked) it says how to open it
 * instead of failing silently.
 */
import type { PanelTheme } from '../ui/mount-panel';
import { mountPanel } from '../ui/mount-panel';
import { workerRespond } from './core-worker-client';
import { startCoreWorker } from './core-worker-start';
import { createExcelBridge } from './excel-bridge';

const OUTSIDE_EXCEL =
  'Riskbook runs inside Excel. Add it with manifest.xml (Home › Add-ins › More add-ins › Upload My Add-in on the web), then choose Risk register on the Home tab.';

function showMessage(root: HTMLElement, title: string, text: string): void {
  const box = document.createElement('div');
  box.className = 'rb-boot';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = title;
  const body = document.createElement('p');
  body.textContent = text;
  box.append(heading, body);
  root.replaceChildren(box);
}

/**
 * Office's own theme where it tells (Excel on Windows and Mac), so the pane matches Excel rather
 * than the operating system; undefined on the web, where the panel follows the system.
 */
function officeTheme(): PanelTheme | undefined {
  let colour: string | undefined;
  try {
    colour = Office.context.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
  const hex = /^#?([0-9a-f]{6})$/i.exec(colour ?? '')?.[1];
  if (!hex) return undefined;
  const n = parseInt(hex, 16);
  const luminance = (0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255)) / 255;
  return luminance < 0.5 ? 'dark' : 'light';
}

function start(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('taskpane.html has no #root element');
  if (typeof Office === 'undefined') {
    showMessage(root, 'Office did not load', `office.js could not be loaded. ${OUTSIDE_EXCEL}`);
    return;
  }
  void Office.onReady((info) => {
    // office.js outside an Office client reports no host.
    if (!info.host) {
      showMessage(root, 'Open Riskbook from Excel', OUTSIDE_EXCEL);
      return;
    }
    const theme = officeTheme();
    mountPanel(root, createExcelBridge({ respond: workerRespond(startCoreWorker) }), theme ? { theme } : {});
  });
}

start();
