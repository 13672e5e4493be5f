// The PowerShell script `kms-doctor collect` prints: it reads one machine's activation state and
// prints it as one JSON object that `kms-doctor parse` and the wizard read (and, on Windows, the
// wizard runs itself: run-local.ts). It is written to be read before anyone runs it: a header
// that says what it changes (nothing), what it contacts and how to run it (header.ts), then one
// part a thing it reads, each saying what and why (sections.ts), full cmdlet and parameter
// names, and errors recorded in the JSON instead of silenced.

import { COLLECT_FORMAT, COLLECT_KEYS as K, type CollectSide } from '../readers/collect-names.js';
import { comment, COMMENT_WIDTH, partComment } from './comment.js';
import { headerLines } from './header.js';
import { eventAndClockParts, licenceParts, srvParts, tcpParts } from './sections.js';

/** Where the script records what failed: a list of { Part, Message, ErrorId }. */
export const ERRORS_KEY = 'Errors';

const RECORDER = [
  ...comment('Every failure stops only the part it happens in: it is caught there and recorded here (which part, what Windows said, its error id), and the JSON carries the list under "Errors".'),
  "$ErrorActionPreference = 'Stop'",
  '$errors = [System.Collections.Generic.List[object]]::new()',
  '$recordError = {',
  '    param($part, $problem)',
  '    $message = "$problem"',
  '    $errorId = $null',
  '    if ($problem -is [System.Management.Automation.ErrorRecord]) {',
  '        $message = $problem.Exception.Message',
  '        $errorId = $problem.FullyQualifiedErrorId',
  '    }',
  '    $errors.Add([ordered]@{',
  '        Part = $part',
  '        Message = $message',
  '        ErrorId = $errorId',
  '    })',
  '}',
  '',
];

function outputLines(side: CollectSide): string[] {
  return [
    '',
    ...partComment('Everything above as one JSON object (the names kms-doctor reads it by).'),
    '$domain = $null',
    'if ($computer) { $domain = $computer.Domain }',
    '[ordered]@{',
    `    ${K.marker} = ${COLLECT_FORMAT}`,
    `    ${K.side} = '${side}'`,
    `    ${K.computerName} = $env:COMPUTERNAME`,
    `    ${K.domain} = $domain`,
    `    ${K.lookupDomain} = $lookupDomain`,
    `    ${K.utcTime} = $utcTime`,
    `    ${K.product} = $productOut`,
    `    ${K.service} = $serviceOut`,
    `    ${K.srv} = $srv`,
    `    ${K.tcp} = $tcp`,
    `    ${K.events} = $eventsOut`,
    `    ${K.w32tm} = $w32tm`,
    `    ${ERRORS_KEY} = @($errors)`,
    '} | ConvertTo-Json -Depth 4',
  ];
}

/** The collector script for a KMS client, or for the KMS host itself (`--host-side`). */
export function collectScript(side: CollectSide): string {
  let part = 0;
  // The parts are numbered in the order they run (the host script has no TCP test).
  const body = [...RECORDER, ...licenceParts(side), ...srvParts(), ...tcpParts(side), ...eventAndClockParts(side), ...outputLines(side)]
    .map((l) => (l.startsWith('# #. ') ? `# ${++part}. ${l.slice(5)}` : l));
  const lines = [
    ...headerLines(side),
    '',
    ...comment('It all runs inside & { ... }: pasted into a console, it runs as one and leaves no variables behind.', COMMENT_WIDTH),
    '& {',
    ...body.map((l) => (l === '' ? '' : `    ${l}`)),
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
