import { Box, Text } from 'ink';
import type { Help } from '../../../flows/step.js';
import type { TemplateValues } from '../../text/fill.js';
import { fill } from '../../text/fill.js';
import type { CommandView } from '../session.js';
import { shownCommands } from '../view-model.js';
import { CommandList } from './CommandBlock.js';

/** "How do I find out?": the command to run and what to look for in its output. */
export function HelpPanel({ help, values, view }: { help: Help; values: TemplateValues; view: CommandView }) {
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text bold color="cyan">How do I find out?</Text>
      {help.commands && <CommandList commands={shownCommands(help.commands, values, view)} />}
      <Text>{fill(help.lookFor, values)}</Text>
    </Box>
  );
}
