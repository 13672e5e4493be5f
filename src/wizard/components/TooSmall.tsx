import { Box, Text } from 'ink';

/** Shown instead of a screen that cannot fit: how big the window is and what to do. */
export function TooSmall({ columns, rows }: { columns: number; rows: number }) {
  return (
    <Box flexDirection="column">
      <Text color="yellow">This window is {columns}×{rows}: too small for this screen.</Text>
      <Text>Make the window bigger and the wizard comes back where you were; Esc goes back, q quits.</Text>
      <Text dimColor>Without a big window: kms-doctor explain &lt;code&gt; prints the answer as text.</Text>
    </Box>
  );
}
