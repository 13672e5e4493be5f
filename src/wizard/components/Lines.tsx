// Lines laid out by build-screen.ts, drawn as they are: prose already wrapped to the window,
// commands whole on their own line (their box is as wide as the command, so Ink never breaks
// one; the terminal wraps it softly and a mouse selection pastes one working command).

import { Box, Text } from 'ink';
import type { ScreenLine } from '../layout/screen-lines.js';

/** One line. */
function Line({ line }: { line: ScreenLine }) {
  const text = (
    <Text bold={line.bold} dimColor={line.dim} color={line.color}>
      {line.text === '' ? ' ' : line.text}
    </Text>
  );
  if (!line.command) return text;
  return (
    <Box width={Math.max(1, line.text.length)} flexShrink={0}>
      {text}
    </Box>
  );
}

/** Lines, top to bottom. */
export function Lines({ lines }: { lines: readonly ScreenLine[] }) {
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Line key={i} line={line} />
      ))}
    </Box>
  );
}
