/**
 * The one call a host makes to show the task pane: the Excel task pane and the Google Sheets
 * sidebar both call `mountPanel(element, bridge)` once the page has loaded.
 */
import { FluentProvider, makeStyles, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Root } from 'react-dom/client';
import { createRoot } from 'react-dom/client';
import type { HostBridge } from './host-bridge';
import { Panel } from './panel/panel';

export type PanelTheme = 'light' | 'dark';

export interface MountOptions {
  /** Follows the system (`prefers-color-scheme`) when absent, and keeps following it. */
  readonly theme?: PanelTheme;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemTheme(): PanelTheme {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

function useTheme(fixed: PanelTheme | undefined): PanelTheme {
  const [theme, setTheme] = useState<PanelTheme>(() => fixed ?? systemTheme());
  useEffect(() => {
    if (fixed) {
      setTheme(fixed);
      return undefined;
    }
    if (typeof window.matchMedia !== 'function') return undefined;
    const query = window.matchMedia(DARK_QUERY);
    const follow = (): void => setTheme(query.matches ? 'dark' : 'light');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [fixed]);
  return theme;
}

const useStyles = makeStyles({
  // The provider paints the theme's background; it fills the pane so dark mode has no white band below.
  provider: {
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
});

export function ThemedPanel({ bridge, theme }: { bridge: HostBridge; theme?: PanelTheme }): JSX.Element {
  const styles = useStyles();
  const current = useTheme(theme);
  return (
    <FluentProvider className={styles.provider} theme={current === 'dark' ? webDarkTheme : webLightTheme} data-theme={current}>
      <Panel bridge={bridge} />
    </FluentProvider>
  );
}

// A second mount on the same element (a host reloading its pane) re-renders instead of stacking roots.
const roots = new WeakMap<HTMLElement, Root>();

export function mountPanel(element: HTMLElement, bridge: HostBridge, options?: MountOptions): void {
  let root = roots.get(element);
  if (!root) {
    root = createRoot(element);
    roots.set(element, root);
  }
  root.render(<ThemedPanel bridge={bridge} theme={options?.theme} />);
}
