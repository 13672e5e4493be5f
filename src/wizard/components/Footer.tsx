import { Box } from 'ink';
import { Prose } from './Prose.js';
import type { Step } from '../../../flows/step.js';
import type { CommandView } from '../session.js';

const VIEW_NAMES: Record<CommandView, string> = {
  both: 'cmd+PowerShell',
  cmd: 'cmd only',
  powershell: 'PowerShell only',
};

/** The keys that work on this screen. */
export function Footer({ kind, view, page, pages }: { kind: Step['kind']; view: CommandView; page: number; pages: number }) {
  const keys =
    kind === 'input'
      ? ['Enter confirm', 'Tab how do I find out?', 'Esc back', 'Ctrl+C quit']
      : kind === 'question'
        ? ['↑↓ Enter choose', 'Esc back', `p ${VIEW_NAMES[view]}`, 'r restart', 'q quit']
        : [
            ...(pages > 1 ? [`←/→ page ${page + 1} of ${pages}`] : []),
            'Esc back',
            `p ${VIEW_NAMES[view]}`,
            'r restart',
            'q quit',
          ];
  return (
    <Box marginTop={1}>
      <Prose dim text={keys.join(' · ')} />
    </Box>
  );
}
