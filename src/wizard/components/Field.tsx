// The field of a typed answer: its label, then the text with the caret. In a real terminal the
// caret is the terminal's own cursor (the painter puts it where the mark is, so it shows with
// NO_COLOR too); elsewhere it is drawn in inverse video.

import { Box, Text } from 'ink';
import { CARET_MARK } from '../../terminal/caret-mark.js';
import type { FieldPart } from '../layout/field-part.js';
import { Lines } from './Lines.js';

/** The field being typed in. */
export function Field({ part, caretMarker }: { part: FieldPart; caretMarker: boolean }) {
  const caret = caretMarker ? `${CARET_MARK}${part.at}` : undefined;
  return (
    <Box flexDirection="column">
      <Lines lines={part.label} />
      <Text>
        <Text color="cyan">› </Text>
        {part.before}
        {caret ?? <Text inverse>{part.at}</Text>}
        {part.placeholder ? <Text dimColor>{part.placeholder}</Text> : part.after}
      </Text>
      {part.note && <Lines lines={part.note} />}
    </Box>
  );
}
