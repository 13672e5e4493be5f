// The terminal's size, updated on resize (Ink 6 has no such hook; it came in Ink 7). One
// provider at the root listens to 'resize'; every component reads the size from context, so
// a screen with many paragraphs still adds a single listener to stdout.

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStdout } from 'ink';

/** Columns and rows of the terminal; rows is Infinity when the stream does not say. */
export interface TerminalSize {
  columns: number;
  rows: number;
}

const read = (stdout: NodeJS.WriteStream): TerminalSize => ({
  columns: stdout.columns || 80,
  rows: stdout.rows || Number.POSITIVE_INFINITY,
});

const SizeContext = createContext<TerminalSize | undefined>(undefined);

/** Measures the terminal once for everything inside, and again on every resize. */
export function TerminalSizeProvider({ children }: { children: ReactNode }) {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => read(stdout));
  useEffect(() => {
    const onResize = () => setSize(read(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return <SizeContext.Provider value={size}>{children}</SizeContext.Provider>;
}

/** The current terminal size (from the provider; read directly when there is none). */
export function useTerminalSize(): TerminalSize {
  const size = useContext(SizeContext);
  const { stdout } = useStdout();
  return size ?? read(stdout);
}
