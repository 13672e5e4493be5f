// `kms-doctor keys [words] [--json]`: the KMS client setup keys, best match first.

import { getCatalog } from '../catalog/catalog.js';
import { publicSources } from '../catalog/public-sources.js';
import { searchKeys } from '../keys/search.js';
import { visible } from '../text/visible.js';
import { runWithArgs, type CommandSpec } from './args.js';
import type { CommandResult, CommandRun } from './command.js';

const USAGE = 'kms-doctor keys [options] [words...]';

const SPEC: CommandSpec = {
  usage: USAGE,
  options: { json: { type: 'boolean' } },
  help: {
    usage: USAGE,
    description: 'List the KMS client setup keys (GVLKs), the best match for the edition words first; without words, every key, newest first.',
    sections: [
      { title: 'Arguments', rows: [['words', 'edition words, e.g. "server 2022 datacenter" or "win 11 pro"']] },
      { title: 'Options', rows: [['--json', 'print a JSON array instead of text'], ['-h, --help', 'show this help']] },
    ],
    after: `
Examples:
  kms-doctor keys server 2022 datacenter   the Server 2022 Datacenter key first
  kms-doctor keys win 11 pro               the Windows 11 Pro key first
  kms-doctor keys --json                   every key as a JSON array

Exit codes:
  0 keys listed · 1 no key matches the words · 2 usage error · 70 internal error
`,
  },
};

/** Lists the setup keys matching `words` (all of them when there are none). */
export function keys(words: string, json: boolean): CommandResult {
  const found = searchKeys(words, getCatalog().keys);
  if (json) {
    // Each key's source by title and public address, not by the data's internal id.
    const out = found.map(({ product, family, version, edition, key, source, note }) => ({ product, family, version, edition, key, sources: publicSources(source), ...(note ? { note } : {}) }));
    return { stdout: JSON.stringify(out, null, 2) + '\n', exitCode: found.length > 0 ? 0 : 1 };
  }
  // The words are echoed: named, not obeyed, if they hold escape sequences or controls.
  const shown = visible(words);
  if (found.length === 0) {
    return {
      stdout: `No KMS client setup key matches "${shown}". Try fewer words (server 2022, win 11 pro), or run kms-doctor keys for the whole list.\n`,
      exitCode: 1,
    };
  }
  const width = Math.max(...found.map((k) => k.product.length));
  const lines = found.map((k) => `${k.product.padEnd(width)}  ${k.key}`);
  const header = words.trim() ? `Best match first for "${shown.trim()}":` : 'Every KMS client setup key (GVLK), newest first:';
  const footer = 'Install on the client (elevated cmd): cscript //nologo %windir%\\system32\\slmgr.vbs /ipk <key>, then /ato. These keys only activate against a KMS host or Active Directory-based activation.';
  return { stdout: [header, ...lines, '', footer].join('\n') + '\n', exitCode: 0 };
}

/** The `keys` command. */
export const run: CommandRun = (args, io) => runWithArgs(args, io, SPEC, ({ values, positionals }) => keys(positionals.join(' '), values.json === true));
