import type { ReactNode } from 'react';
import { lazy } from 'react';

/**
 * A screen in its own chunk, drawn at once if its code was preloaded: `React.lazy` given a
 * promise suspends the screen for a turn even when its chunk is there, and React then shows the
 * fallback and holds the screen back (up to 300 ms); given a thenable that answers at once, it
 * draws the screen in the same pass. E.g. preloadable(() => import('./S').then((m) => ({ default: m.S }))).
 */
export function preloadable<P extends object>(load: () => Promise<{ default: (props: P) => ReactNode }>) {
  type Module = { default: (props: P) => ReactNode };
  let loaded: Module | undefined;
  const preload = (): Promise<Module> => load().then((m) => (loaded = m));
  const answered = (m: Module) => ({ then: (resolve: (value: Module) => void) => resolve(m) }) as unknown as Promise<Module>;
  const Screen = lazy((): Promise<Module> => (loaded === undefined ? preload() : answered(loaded)));
  return { Screen, preload };
}
