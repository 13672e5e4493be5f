import { describe, expect, it } from 'vitest';
import { findError } from '../../src/catalog/catalog.js';
import { printOut, printOutColor } from '../../src/handover/print-out.js';
import { resolutionOf, type HandoverResolution } from '../../src/handover/resolution.js';
import { commandLabel, shownCommands } from '../../src/wizard/view-model.js';
import { resolutionBlocks } from '../../src/wizard/layout/content-blocks.js';
import { paginate } from '../../src/wizard/layout/paging.js';

const ESC = '\u001B';
const entry = findError('0xC004F074')!;
const content = resolutionOf({ kind: 'catalog-resolution' }, entry)!;
const values = { code: entry.code, domain: 'corp.contoso.com', kmsHost: 'kms01.corp.contoso.com', port: 1688, kmsHostPort: 'kms01.corp.contoso.com:1688' };

describe('the print-out on exit', () => {
  it('holds the whole resolution, though the screen needs several pages for it', () => {
    expect(paginate(resolutionBlocks(content, values, 'both', 80), 24 - 8, 80).length).toBeGreaterThan(1);
    const text = printOut(content, values, 'both', { color: false, columns: 80 });
    expect(text.startsWith(`Resolution: ${entry.title}\n`)).toBe(true);
    expect(text).toContain('What is wrong: The client could not get an answer from any KMS host.');
    entry.resolution.steps.forEach((_, i) => expect(text).toMatch(new RegExp(`^${i + 1}\\. `, 'm')));
    expect(text).toContain('Commands, read-only checks first:');
  });

  it('prints every command whole on its own line, under its label line, even in a narrow window', () => {
    const lines = printOut(content, values, 'both', { color: false, columns: 40 }).split('\n');
    const commands = shownCommands(content.commands, values, 'both');
    expect(commands.some((c) => c.text.length > 40)).toBe(true);
    for (const c of commands) {
      const at = lines.indexOf(c.text);
      expect(at, c.text).toBeGreaterThan(0);
      expect(lines[at - 1]).toBe(commandLabel(c.spec));
    }
    expect(lines).toContain('cscript //nologo %windir%\\system32\\slmgr.vbs /skms kms01.corp.contoso.com:1688');
    expect(lines).toContain('nslookup -type=srv _vlmcs._tcp.corp.contoso.com');
  });

  it('follows the command view: cmd only, PowerShell only, or both', () => {
    const cmd = printOut(content, values, 'cmd', { color: false });
    const ps = printOut(content, values, 'powershell', { color: false });
    expect(cmd).toContain('slmgr.vbs /ato');
    expect(cmd).not.toContain('the same in PowerShell');
    expect(ps).not.toContain('slmgr.vbs /ato');
    expect(ps).toContain('Invoke-CimMethod -MethodName Activate');
  });

  it('has no colour when asked for none (NO_COLOR)', () => {
    expect(printOut(content, values, 'both', { color: false })).not.toContain(ESC);
  });

  it('colours headings and labels, never a command line', () => {
    const text = printOut(content, values, 'both', { color: true });
    expect(text).toContain(`${ESC}[1m`);
    expect(text).toContain(`${ESC}[33m`);
    for (const c of shownCommands(content.commands, values, 'both')) expect(text).toContain(`\n${c.text}\n`);
  });

  it('ends with Check that it worked, when the resolution has it', () => {
    const withVerify: HandoverResolution = {
      ...content,
      verify: [
        { text: 'On the client, activate again.', command: { ref: 'slmgr-ato' }, expect: 'slmgr prints "Product activated successfully."' },
        { text: 'On {kmsHost}, look at event 12290.' },
      ],
    };
    const text = printOut(withVerify, values, 'cmd', { color: false });
    const tail = text.slice(text.indexOf('Check that it worked:'));
    expect(tail).toContain('1. On the client, activate again.\n');
    expect(tail).toContain('\ncscript //nologo %windir%\\system32\\slmgr.vbs /ato\n');
    expect(tail).toContain('   Success looks like: slmgr prints "Product activated successfully."');
    expect(tail).toContain('2. On kms01.corp.contoso.com, look at event 12290.');
    expect(printOut({ ...content, verify: [] }, values, 'cmd', { color: false })).not.toContain('Check that it worked');
  });
});

describe('colour for the print-out', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '0' }, true, false],
  ])('%o on a terminal: %s → %s', (env, isTTY, expected) => {
    expect(printOutColor(env, isTTY)).toBe(expected);
  });
});
