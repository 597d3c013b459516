import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/** What the screen in front offers to the toolbar's commands, when it offers it. */
export interface ScreenCommands {
  /** Ctrl+S: save what is being typed now. */
  save?: () => void;
  /** Ctrl+P: hand the current document to the secretary (its PDF). */
  print?: () => void;
}

interface Shell {
  saveState: string | null;
  reportSaveState: (text: string | null) => void;
  commands: React.RefObject<ScreenCommands>;
  /** Counts the changes a screen made to what the sidebar shows (an act added or withdrawn): the sidebar reloads on each. */
  sessionChanges: number;
  reportSessionChange: () => void;
}

const ShellContext = createContext<Shell | null>(null);

/** The desk around every screen: the save state shown in the status bar, the commands of the toolbar, the changes the sidebar follows. */
export function ShellProvider({ children }: { children: ReactNode }) {
  const [saveState, reportSaveState] = useState<string | null>(null);
  const commands = useRef<ScreenCommands>({});
  const [sessionChanges, setSessionChanges] = useState(0);
  const reportSessionChange = useCallback(() => setSessionChanges((n) => n + 1), []);
  const shell = useMemo(() => ({ saveState, reportSaveState, commands, sessionChanges, reportSessionChange }), [saveState, sessionChanges, reportSessionChange]);
  return <ShellContext.Provider value={shell}>{children}</ShellContext.Provider>;
}

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (shell === null) throw new Error('useShell outside ShellProvider');
  return shell;
}

/** A screen's save state, shown in the status bar while the screen is open (« Enregistré à 10:42 »). */
export function useReportSaveState(text: string | null): void {
  const shell = useContext(ShellContext);
  const report = shell?.reportSaveState;
  useEffect(() => {
    report?.(text);
  }, [report, text]);
  useEffect(() => () => report?.(null), [report]);
}

/**
 * The commands the screen in front offers to the toolbar and its shortcuts, for as long as it is
 * shown. Several parts of a screen may each offer theirs (the act offers « print », its editor « save »).
 */
export function useScreenCommands(commands: ScreenCommands): void {
  const ref = useContext(ShellContext)?.commands;
  const latest = useRef(commands);
  latest.current = commands;
  useEffect(() => {
    if (ref === undefined) return;
    const names = Object.keys(latest.current) as (keyof ScreenCommands)[];
    const own: ScreenCommands = {};
    for (const name of names) own[name] = () => latest.current[name]?.();
    Object.assign(ref.current, own);
    return () => {
      for (const name of names) if (ref.current[name] === own[name]) delete ref.current[name];
    };
  }, [ref]);
}
