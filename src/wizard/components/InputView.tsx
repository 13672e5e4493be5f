// A typed answer. The text lives in the session (nothing is lost when a value is refused or
// the screen redraws); a refusal says what is wrong and leaves the text for editing. A long
// paste is folded to one line with a note, so it cannot push the screen off the terminal.

import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import type { InputStep } from '../../../flows/step.js';
import { fieldSpec } from '../../input/fields.js';
import type { TemplateValues } from '../../text/fill.js';
import type { CommandView } from '../session.js';
import { HelpPanel } from './HelpPanel.js';
import { StepHeader } from './StepHeader.js';

interface Props {
  step: InputStep;
  values: TemplateValues;
  view: CommandView;
  draft: string;
  error?: string;
  helpOpen: boolean;
  frameId: number;
  columns: number;
  onChange(text: string): void;
  onSubmit(): void;
}

/**
 * Input arrives in chunks. Over a slow link (or when typing ahead) the last characters and
 * Enter come as one chunk, "074\r", which the text field takes as text. A chunk whose only
 * line break is at its end is therefore typing followed by Enter. A pasted block has several
 * line breaks: they become spaces, and the technician presses Enter when ready.
 */
export function splitTypedEnter(text: string): { draft: string; submit: boolean } {
  const breaks = text.match(/\r\n?|\n/g)?.length ?? 0;
  const submit = breaks === 1 && /[\r\n]$/.test(text);
  const draft = text.replace(/[\r\n]+/g, ' ');
  return { draft: submit ? draft.trimEnd() : draft, submit };
}

/** One typed-answer step. */
export function InputView({ step, values, view, draft, error, helpOpen, frameId, columns, onChange, onSubmit }: Props) {
  const spec = fieldSpec(step.field);
  const long = draft.length > columns - spec.label.length - 6;
  return (
    <Box flexDirection="column">
      <StepHeader step={step} values={values} view={view} />
      <Box marginTop={1} height={1} overflow="hidden">
        <Text color="cyan">{spec.label}: </Text>
        <TextInput
          // A new field for every screen: consecutive inputs must not share a cursor position.
          key={frameId}
          value={draft}
          placeholder={step.default !== undefined ? `${step.default} (press Enter to use it)` : `e.g. ${spec.example}`}
          onChange={(text) => {
            const { draft: next, submit } = splitTypedEnter(text);
            onChange(next);
            if (submit) onSubmit();
          }}
          onSubmit={() => onSubmit()}
        />
      </Box>
      {long && <Text dimColor>{draft.length} characters typed or pasted · Enter reads them · Esc goes back</Text>}
      {error && <Text color="red">{error}</Text>}
      {step.help && helpOpen && <HelpPanel help={step.help} values={values} view={view} />}
    </Box>
  );
}
