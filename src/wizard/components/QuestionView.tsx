// A question: title, context, read-only commands to run now, then the choices. A question
// with help gets a last choice "How do I find out?" that opens the help in place.

import { Box } from 'ink';
import SelectInput from 'ink-select-input';
import type { QuestionStep } from '../../../flows/step.js';
import { fill, type TemplateValues } from '../../text/fill.js';
import type { CommandView } from '../session.js';
import { HelpPanel } from './HelpPanel.js';
import { StepHeader } from './StepHeader.js';

/** The value of the help choice, distinct from any option index. */
export const HELP_CHOICE = -1;

interface Props {
  step: QuestionStep;
  values: TemplateValues;
  view: CommandView;
  frameId: number;
  initialIndex: number;
  helpOpen: boolean;
  onChoose(index: number): void;
}

/** One multiple-choice step. */
export function QuestionView({ step, values, view, frameId, initialIndex, helpOpen, onChoose }: Props) {
  const items = step.options.map((o, i) => ({ key: String(i), label: fill(o.label, values), value: i }));
  if (step.help) items.push({ key: 'help', label: helpOpen ? 'Hide the help' : 'How do I find out?', value: HELP_CHOICE });
  return (
    <Box flexDirection="column">
      <StepHeader step={step} values={values} view={view} />
      {helpOpen && step.help && <HelpPanel help={step.help} values={values} view={view} />}
      <Box marginTop={1}>
        <SelectInput key={frameId} items={items} initialIndex={initialIndex} onSelect={(item) => onChoose(item.value)} />
      </Box>
    </Box>
  );
}
