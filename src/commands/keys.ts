// `kms-doctor keys [words] [--json]`: the KMS client setup keys, best match first.

import { getCatalog } from '../catalog/catalog.js';
import { searchKeys } from '../keys/search.js';
import type { CommandResult } from './explain.js';

/** Lists the setup keys matching `words` (all of them when there are none). */
export function keys(words: string, json: boolean): CommandResult {
  const found = searchKeys(words, getCatalog().keys);
  if (json) {
    const out = found.map(({ product, family, version, edition, key, source, note }) => ({ product, family, version, edition, key, source, ...(note ? { note } : {}) }));
    return { stdout: JSON.stringify(out, null, 2) + '\n', exitCode: found.length > 0 ? 0 : 1 };
  }
  if (found.length === 0) {
    return {
      stdout: `No KMS client setup key matches "${words}". Try fewer words (server 2022, win 11 pro), or run kms-doctor keys for the whole list.\n`,
      exitCode: 1,
    };
  }
  const width = Math.max(...found.map((k) => k.product.length));
  const lines = found.map((k) => `${k.product.padEnd(width)}  ${k.key}`);
  const header = words.trim() ? `Best match first for "${words.trim()}":` : 'Every KMS client setup key (GVLK), newest first:';
  const footer = 'Install on the client (elevated cmd): cscript //nologo %windir%\\system32\\slmgr.vbs /ipk <key>, then /ato. These keys only activate against a KMS host or Active Directory-based activation.';
  return { stdout: [header, ...lines, '', footer].join('\n') + '\n', exitCode: 0 };
}
