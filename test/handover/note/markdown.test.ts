// The note's Markdown writers, each case written out: prose that renders as typed (placeholders,
// asterisks, backticks, backslashes escaped; underscores left alone), inline code and fences long
// enough for the backticks inside (PowerShell's escape character), each shell's info string, and
// the note's time stamps.

import { describe, expect, it } from 'vitest';
import { escapeText, fence, inlineCode } from '../../../src/handover/note/markdown.js';
import { maskedKey } from '../../../src/handover/note/mask.js';
import { fileStamp, readableStamp } from '../../../src/handover/note/stamp.js';

describe('escapeText', () => {
  it.each([
    ['slmgr /skms <kms-host>', 'slmgr /skms \\<kms-host>'],
    ['*all* of it', '\\*all\\* of it'],
    ['a `tick` and a \\ slash', 'a \\`tick\\` and a \\\\ slash'],
    ['_vlmcs._tcp stays as it is', '_vlmcs._tcp stays as it is'],
  ])('%j → %j', (text, markdown) => {
    expect(escapeText(text)).toBe(markdown);
  });
});

describe('inlineCode', () => {
  it.each([
    ['slmgr /ato', '`slmgr /ato`'],
    ['a`b', '``a`b``'],
    ['a``b`c', '```a``b`c```'],
    ['`x', '`` `x ``'],
    ['x`', '`` x` ``'],
    ['`', '`` ` ``'],
  ])('%j → %j', (text, markdown) => {
    expect(inlineCode(text)).toBe(markdown);
  });
});

describe('fence', () => {
  it.each([
    ['cmd', 'slmgr /ato', '```bat\nslmgr /ato\n```'],
    ['powershell', 'Write-Host "a`tb"', '```powershell\nWrite-Host "a`tb"\n```'],
    ['sh', 'rndc reload', '```sh\nrndc reload\n```'],
    ['text', 'allow-update { 10.0.0.21; };', '```text\nallow-update { 10.0.0.21; };\n```'],
    ['powershell', 'a ``` b', '````powershell\na ``` b\n````'],
    ['powershell', 'a ````` b', '``````powershell\na ````` b\n``````'],
  ] as const)('%s %j', (shell, text, markdown) => {
    expect(fence(text, shell)).toBe(markdown);
  });
});

describe('the time stamps and a masked key', () => {
  it('in the file name YYYYMMDD-HHMM, in the text YYYY-MM-DD HH:MM, two digits each', () => {
    const d = new Date(2026, 0, 5, 7, 9);
    expect([fileStamp(d), readableStamp(d)]).toEqual(['20260105-0709', '2026-01-05 07:09']);
    const late = new Date(2026, 11, 31, 23, 59);
    expect([fileStamp(late), readableStamp(late)]).toEqual(['20261231-2359', '2026-12-31 23:59']);
  });

  it('a masked key keeps its last five characters', () => {
    expect(maskedKey('NPPR9-FWDCX-D2C8J-H872K-2YT43')).toBe('XXXXX-XXXXX-XXXXX-XXXXX-2YT43');
  });
});
