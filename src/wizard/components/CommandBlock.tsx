// One command: a one-line label, then the command alone on its own line. The command is
// never wrapped by Ink (its box is as wide as the command); the terminal wraps it softly, so
// a mouse selection of the line pastes one working command. Nothing precedes it on its line.

import { Box, Text } from 'ink';
import { commandLabel, type ShownCommand } from '../view-model.js';
import { useTerminalSize } from '../use-terminal-size.js';

/** A copy-safe command with its label. */
export function CommandBlock({ command }: { command: ShownCommand }) {
  const { columns } = useTerminalSize();
  const { spec, text, isTwin } = command;
  const label = commandLabel(spec, isTwin);
  return (
    <Box flexDirection="column">
      <Text color={spec.changes ? 'yellow' : 'green'} dimColor={isTwin}>
        {label.length > columns - 1 ? `${label.slice(0, columns - 2)}…` : label}
      </Text>
      <Box width={Math.max(text.length, 1)} flexShrink={0}>
        <Text>{text}</Text>
      </Box>
    </Box>
  );
}

/** Commands in order. */
export function CommandList({ commands }: { commands: readonly ShownCommand[] }) {
  return (
    <Box flexDirection="column">
      {commands.map((c, i) => (
        <CommandBlock key={i} command={c} />
      ))}
    </Box>
  );
}
