/**
 * What jsdom lacks and Fluent UI v9 needs: ResizeObserver (MessageBar, microsoft/fluentui#30077)
 * and matchMedia (reduced motion, and the pane's light/dark default). Import it first in every
 * UI test file.
 */

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/** Which `prefers-color-scheme` the fake system reports; tests switch it with `setSystemDark`. */
let systemDark = false;
type Listener = (event: { matches: boolean; media: string }) => void;
const colourSchemeListeners = new Set<{ media: string; listener: Listener }>();

function matches(query: string): boolean {
  return query.includes('prefers-color-scheme: dark') ? systemDark : false;
}

export function setSystemDark(dark: boolean): void {
  systemDark = dark;
  for (const { media, listener } of colourSchemeListeners) listener({ matches: matches(media), media });
}

if (typeof window !== 'undefined') {
  if (!('ResizeObserver' in window)) {
    Object.defineProperty(window, 'ResizeObserver', { value: NoopResizeObserver, writable: true, configurable: true });
  }
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    configurable: true,
    value: (media: string): MediaQueryList => {
      const add = (listener: Listener): void => {
        if (media.includes('prefers-color-scheme')) colourSchemeListeners.add({ media, listener });
      };
      const remove = (listener: Listener): void => {
        for (const entry of colourSchemeListeners) if (entry.listener === listener) colourSchemeListeners.delete(entry);
      };
      const list = {
        media,
        get matches(): boolean {
          return matches(media);
        },
        onchange: null,
        addEventListener: (_: string, l: Listener) => add(l),
        removeEventListener: (_: string, l: Listener) => remove(l),
        addListener: add,
        removeListener: remove,
        dispatchEvent: () => false,
      };
      return list as unknown as MediaQueryList;
    },
  });
}
