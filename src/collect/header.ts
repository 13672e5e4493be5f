// The comment at the top of the collect script: what it changes (nothing), what it contacts,
// how to run it and keep its output, what happens to errors. Written for the technician who
// runs it and for the security team who reads it first.

import type { CollectSide } from '../readers/collect-names.js';
import { comment, COMMENT_WIDTH } from './comment.js';

/** The command that runs the saved script and keeps what it prints (README and `collect --help` say the same). */
export function runCommand(side: CollectSide): string {
  const name = side === 'host' ? 'kms01' : 'pc042';
  return `powershell -NoProfile -ExecutionPolicy Bypass -File ${scriptFile(side)} > ${name}.json`;
}

/** The file name the script is saved as in the examples. */
export const scriptFile = (side: CollectSide): string => (side === 'host' ? 'collect-host.ps1' : 'collect.ps1');

const WIDTH = COMMENT_WIDTH;

/** A list item under a heading: `#   - text`, its further lines under the text. */
const item = (text: string): string[] => comment(`- ${text}`, WIDTH - 2, 2).map((l) => `#   ${l.slice(2)}`);

const CONTACTS: Record<CollectSide, string[]> = {
  client: [
    ...item('its DNS server, once: the lookup of the SRV record _vlmcs._tcp.<its domain>, the record a KMS client looks for to find its KMS host;'),
    ...item('the KMS host it would use, once: a TCP connection to its port (1688 unless set otherwise), closed at once without sending anything, and given up after 3 seconds. The KMS host sees a connection, not a request: its count does not change.'),
  ],
  host: [
    ...item('its DNS server, once: the lookup of the SRV record _vlmcs._tcp.<its domain>, the record this KMS host publishes so that clients find it.'),
  ],
};

/** The header comment, one string per line. */
export function headerLines(side: CollectSide): string[] {
  const what = side === 'host' ? 'this KMS host' : 'this computer';
  const name = side === 'host' ? 'kms01' : 'pc042';
  return [
    ...comment(`kms-doctor collect${side === 'host' ? ' --host-side' : ''}: reads the Windows activation state of ${what} and prints it as one JSON object, for kms-doctor (or a person) to read.`, WIDTH),
    '#',
    ...comment('IT CHANGES NOTHING. It sets no setting, starts or stops no service, writes no file and no registry value, installs nothing. It only reads, and needs no administrator rights: without them, a few parts (the "Key Management Service" log, w32tm) may come back empty, and the JSON says which.', WIDTH),
    '#',
    ...comment('WHAT IT CONTACTS. Besides reading this computer, it asks:', WIDTH),
    ...CONTACTS[side],
    ...comment('Nothing else leaves this computer: what it reads is printed here, nowhere else.', WIDTH),
    '#',
    ...comment('HOW TO RUN IT AND KEEP WHAT IT PRINTS. Save it as a file, then in a PowerShell or cmd window in that folder:', WIDTH),
    `#   ${runCommand(side)}`,
    ...comment('-ExecutionPolicy Bypass lets this one run start a saved script; it changes no policy.', WIDTH),
    ...comment(`Then give the JSON to kms-doctor: kms-doctor parse ${name}.json (or start the wizard from it: kms-doctor --from ${name}.json).`, WIDTH),
    '#',
    ...comment('ERRORS ARE RECORDED, NOT HIDDEN. A part that fails does not stop the others: what failed and what Windows said is kept in the JSON under "Errors", and the other parts are read.', WIDTH),
    '#',
    ...comment('It needs Windows PowerShell 5.1 or later (Windows 10, Windows Server 2016 and later).', WIDTH),
  ];
}
