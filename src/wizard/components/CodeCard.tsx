// The first screen of a code: what Windows said, what it means, and the first read-only
// command to run, so the technician has something to act on before any question.

import { Box, Text } from 'ink';
import { likelyMessage } from '../../catalog/catalog.js';
import type { ErrorEntry } from '../../catalog/schema.js';
import type { TemplateValues } from '../../text/fill.js';
import type { CommandView } from '../session.js';
import { shownCommands } from '../view-model.js';
import type { CardLayout } from '../screen-fit.js';
import { CommandList } from './CommandBlock.js';
import { Prose } from './Prose.js';

/** The code, its message, its cause and the first command. */
interface Props {
  entry: ErrorEntry;
  values: TemplateValues;
  view: CommandView;
  /** How much of the card fits above the screen below it (screen-fit.ts). */
  layout: CardLayout;
}

export function CodeCard({ entry, values, view, layout }: Props) {
  const first = entry.commands[0]!;
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Prose bold text={`${entry.code} — ${entry.title}`} />
      {layout.messageLines > 0 && <Prose dim maxLines={layout.messageLines} text={`Windows says: “${likelyMessage(entry)}”`} />}
      <Prose text={entry.cause} maxLines={Number.isFinite(layout.causeLines) ? layout.causeLines : undefined} />
      {layout.showFirstCommand && (
        <>
          <Text bold>Run this first:</Text>
          {/* One variant only on this crowded screen; p switches which. */}
          <CommandList commands={shownCommands([first], values, view === 'both' ? 'cmd' : view)} />
        </>
      )}
    </Box>
  );
}
