// Lines laid out by build-screen.ts, drawn as they are: prose already wrapped to the window,
// commands whole on their own line (their box is as wide as the command, so Ink never breaks
// one; the terminal wraps it softly and a mouse selection pastes one working command).

import { useEffect, useState } from 'react';
import { Box, Text } from 'ink';
import type { ScreenLine } from '../layout/screen-lines.js';

const SPINNER = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';

/** A spinner that turns while it is on screen. */
function Spinner() {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setFrame((f) => (f + 1) % SPINNER.length), 100);
    return () => clearInterval(timer);
  }, []);
  return <Text>{SPINNER[frame]} </Text>;
}

/** One line. */
function Line({ line }: { line: ScreenLine }) {
  const text = (
    <Text bold={line.bold} dimColor={line.dim} color={line.color}>
      {line.spinner && <Spinner />}
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
