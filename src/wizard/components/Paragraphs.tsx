import { Box } from 'ink';
import { Prose } from './Prose.js';

/** Short paragraphs of plain text, one after another. */
export function Paragraphs({ lines, dim = false }: { lines: readonly string[]; dim?: boolean }) {
  if (lines.length === 0) return null;
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Prose key={i} text={line} dim={dim} />
      ))}
    </Box>
  );
}
