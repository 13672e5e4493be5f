import { Box, Text } from 'ink';

/** The minimum window the wizard is designed for. */
export const MIN_COLUMNS = 50;
export const MIN_ROWS = 15;

/** Shown instead of a screen that cannot fit: how big the window is and what to do. */
export function TooSmall({ columns, rows }: { columns: number; rows: number }) {
  return (
    <Box flexDirection="column">
      <Text color="yellow">
        This window is {columns}×{rows}; kms-doctor needs at least {MIN_COLUMNS}×{MIN_ROWS}.
      </Text>
      <Text>Make the window bigger and the wizard comes back where you were, or press q to quit.</Text>
      <Text dimColor>Without a big window: kms-doctor explain &lt;code&gt; prints the answer as text.</Text>
    </Box>
  );
}
