// The top of a question or a typed-answer screen: its title, its short paragraphs, and the
// read-only commands to run now.

import { Box } from 'ink';
import type { InputStep, QuestionStep } from '../../../flows/step.js';
import { fill, type TemplateValues } from '../../text/fill.js';
import type { CommandView } from '../session.js';
import { shownCommands } from '../view-model.js';
import { CommandList } from './CommandBlock.js';
import { Paragraphs } from './Paragraphs.js';
import { Prose } from './Prose.js';

/** Title, body and commands of a step, filled with the technician's answers. */
export function StepHeader({ step, values, view }: { step: QuestionStep | InputStep; values: TemplateValues; view: CommandView }) {
  return (
    <Box flexDirection="column">
      <Prose bold text={fill(step.title, values)} />
      <Paragraphs lines={(step.body ?? []).map((b) => fill(b, values))} />
      {step.commands && (
        <Box marginTop={1}>
          {/* One variant on a question screen (p switches it); resolutions show both. */}
          <CommandList commands={shownCommands(step.commands, values, view === 'both' ? 'cmd' : view)} />
        </Box>
      )}
    </Box>
  );
}
