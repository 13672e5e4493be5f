// A question's choices, drawn by ink-select-input. The highlight lives in the session, not in
// the list: ink-select-input keeps its own highlight in React state that its key handler reads
// a render late, so a burst of keys (↓↓ Enter in one read) moved once and chose the wrong
// choice. Here the list only draws (isFocused={false}: it never reads a key) and is drawn
// afresh at the session's highlight.

import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import type { OptionsPart } from '../layout/options-part.js';

function Indicator({ isSelected = false }: { isSelected?: boolean }) {
  return <Box marginRight={1}>{isSelected ? <Text color="blue">❯</Text> : <Text> </Text>}</Box>;
}

function Label({ isSelected = false, label }: { isSelected?: boolean; label: string }) {
  return <Text color={isSelected ? 'blue' : undefined}>{label}</Text>;
}

/** The visible choices, the highlighted one marked ❯. */
export function Choices({ part, frameId }: { part: OptionsPart; frameId: number }) {
  const items = part.items.map((item) => ({ key: String(item.index), label: item.lines.join('\n'), value: item.index }));
  const highlighted = Math.max(0, items.findIndex((item) => item.value === part.cursor));
  return (
    <Box flexDirection="column" marginTop={part.gap ? 1 : 0}>
      {part.moreAbove > 0 && <Text dimColor>  ↑ {part.moreAbove} more</Text>}
      <SelectInput
        key={`${frameId}:${part.cursor}:${items[0]?.value ?? 0}`}
        items={items}
        isFocused={false}
        initialIndex={highlighted}
        indicatorComponent={Indicator}
        itemComponent={Label}
      />
      {part.moreBelow > 0 && <Text dimColor>  ↓ {part.moreBelow} more</Text>}
    </Box>
  );
}
