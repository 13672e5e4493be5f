// The screen that shows what "Read this computer" will run before it runs: what it does in a
// few words, the command line, and the whole script, paged like any long text. Nothing runs
// until Enter.

import { commandLine, findPowerShell } from '../../collect/powershell-command.js';
import { RUN_LIMIT_SECONDS } from '../../collect/limits.js';
import { collectScript } from '../../collect/script.js';
import { commandLines } from '../../text/command-lines.js';
import type { CollectSide } from '../../readers/collect-names.js';
import { blank, prose, type Block } from '../layout/screen-lines.js';

/** The question under the script, pinned. */
export const PREVIEW_TITLE = 'Run it? Enter reads this computer; Esc goes back without running anything.';

/** The preview's text, as blocks a page may break between. */
export function previewBlocks(side: CollectSide, powershell: string | undefined, columns: number): Block[] {
  const what = side === 'host' ? 'this KMS host' : 'this computer';
  const intro: Block = [
    { text: `Read this computer (read-only)${side === 'host' ? ', as the KMS host' : ''}`, bold: true, color: 'cyan' },
    ...prose(
      `kms-doctor reads the activation state of ${what} itself, as kms-doctor collect${side === 'host' ? ' --host-side' : ''} does: ` +
        'it runs the script below with PowerShell and reads the JSON it prints. The script changes nothing (its first lines say ' +
        `what it contacts). It runs only when you press Enter, and stops after ${RUN_LIMIT_SECONDS} seconds at most (Esc stops it sooner).`,
      columns,
    ),
    blank(),
    { text: 'It runs:', bold: true },
    // Padded where the terminal wraps it, so a wrap falls between two words.
    ...commandLines(commandLine(findPowerShell(powershell)), 'cmd', columns, 2).map((text) => ({ text: `  ${text}`, command: true, bold: true })),
    blank(),
    { text: 'collect.ps1, the whole script:', bold: true },
  ];
  // One block a part of the script (they are parted by blank lines), so a page breaks between parts.
  const parts = collectScript(side).trimEnd().split(/\n\s*\n/);
  return [intro, ...parts.map((part, i): Block => [...(i > 0 ? [blank()] : []), ...part.split('\n').map((text) => ({ text, dim: text.trimStart().startsWith('#') }))])];
}
