import { Text } from 'ink';

/** The path so far, shortened from the left to fit one line. */
export function Breadcrumb({ parts, columns }: { parts: readonly string[]; columns: number }) {
  let line = ['kms-doctor', ...parts].join(' › ');
  if (line.length > columns - 1) line = `…${line.slice(line.length - (columns - 2))}`;
  return <Text dimColor>{line}</Text>;
}
