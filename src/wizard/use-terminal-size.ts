// The terminal's size, updated on resize. Ink 6 has no such hook (it came in Ink 7).

import { useEffect, useState } from 'react';
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

/** The current terminal size. */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => read(stdout));
  useEffect(() => {
    const onResize = () => setSize(read(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
