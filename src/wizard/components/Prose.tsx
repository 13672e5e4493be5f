// Text wrapped by us at word boundaries (Ink's own wrapping keeps the space that ended a
// line at the start of the next one). Never used for commands: those must not wrap.

import { Text } from 'ink';
import { wrap } from '../../text/wrap.js';
import { useTerminalSize } from '../use-terminal-size.js';

interface Props {
  text: string;
  bold?: boolean;
  dim?: boolean;
  color?: string;
  /** At most this many lines; the last one ends with … when cut. */
  maxLines?: number;
}

/** A paragraph wrapped to the terminal width. */
export function Prose({ text, bold, dim, color, maxLines }: Props) {
  const { columns } = useTerminalSize();
  let lines = wrap(text, columns - 1).split('\n');
  if (maxLines !== undefined && lines.length > maxLines) {
    lines = lines.slice(0, maxLines);
    lines[maxLines - 1] = `${lines[maxLines - 1]!.slice(0, columns - 3)}…`;
  }
  return (
    <Text bold={bold} dimColor={dim} color={color}>
      {lines.join('\n')}
    </Text>
  );
}
