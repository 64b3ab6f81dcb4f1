/** The sidebar page's script: the shared panel over the Sheets bridge, at the sidebar's 300 px. */
import { mountPanel } from '../../ui/mount-panel';
import { createSheetsBridge } from './sheets-bridge';

const root = document.getElementById('root');
if (root) mountPanel(root, createSheetsBridge());
