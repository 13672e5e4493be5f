// The commands added to the bin, each reached by its word: check, parse, collect, explain
// --markdown; and the wizard's own options --from, --out and --no-print.

import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBin, runInTerminal } from '../support/bin.js';
import { decodeOsc52 } from '../support/osc52.js';
import { NO_PTY } from '../support/pty.js';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

describe('the commands of the bin', () => {
  it('kms-doctor --help lists check, parse and collect, and the wizard\'s keys', async () => {
    const r = await runBin(['--help']);
    expect(r.code).toBe(0);
    for (const word of ['check [options]', 'parse [--json]', 'collect [options]', '--from FILE', '--out DIR', '--no-print', 'c copies it', 'Ctrl+L redraws']) expect(r.stdout).toContain(word);
  });

  it('parse reads a sample and says which questions it answers', async () => {
    const r = await runBin(['parse', '--json', fixture('samples/dli-kms-host-1.txt')]);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.kind).toBe('slmgr-dli');
    expect(o.questionsAnswered).toContain('kms-count.askCount');
  });

  it('parse of a folder summarises the machines in it', async () => {
    // Three machines written here: two clones (one CMID), and two that show 0xC004F074.
    const dir = mkdtempSync(join(tmpdir(), 'kms-doctor-parse-'));
    const dli = (status: string) => [
      'Name: Windows(R), Enterprise edition', 'Description: Windows(R) Operating System, VOLUME_KMSCLIENT channel', 'Partial Product Key: 2YT43',
      `License Status: ${status}`, '', 'Key Management Service client information', '    Client Machine ID (CMID): 11111111-2222-4333-8444-555555555555',
      '    KMS machine name from DNS: kms01.corp.example:1688', '',
    ].join('\r\n');
    writeFileSync(join(dir, 'pc01.txt'), dli('Licensed'));
    writeFileSync(join(dir, 'pc02.txt'), `${dli('Notification')}Notification Reason: 0xC004F074.\r\n`);
    writeFileSync(join(dir, 'pc03.txt'), 'Error: 0xC004F074 The Software Licensing Service reported that the computer could not be activated.\r\n');
    const r = await runBin(['parse', '--json', dir]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(0);
    const { summary } = JSON.parse(r.stdout);
    expect(summary).toMatchObject({
      machines: 3,
      unrecognised: [],
      licenceStates: { Licensed: ['pc01'], Notification: ['pc02'] },
      codes: { '0xC004F074': ['pc02', 'pc03'] },
      kmsHosts: { 'kms01.corp.example:1688': ['pc01', 'pc02'] },
      duplicateCmids: [{ cmid: '11111111-2222-4333-8444-555555555555', machines: ['pc01', 'pc02'] }],
    });
    expect(summary.firstSteps.map((s: string) => s.slice(0, 60))).toEqual([
      'pc01, pc02 share one client machine ID (11111111-2222-4333-8',
      '2 machines show 0xC004F074 (pc02, pc03): start there. Guided',
    ]);
  });

  it('collect prints the read-only script', async () => {
    const r = await runBin(['collect']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ConvertTo-Json');
    expect(r.stdout).toContain('LicenseIsAddon=FALSE');
  });

  it('check refuses a domain with shell characters (exit 2), before any lookup', async () => {
    const r = await runBin(['check', '--domain', 'corp.contoso.com; calc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kms-doctor check');
  });

  it('explain --markdown writes the note for a ticket', async () => {
    const r = await runBin(['explain', '0xC004F074', '--markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# kms-doctor: 0xC004F074 — /);
    expect(r.stdout).toContain('Check that it worked');
    expect(r.stdout).toContain('```');
  });

  it('explain --markdown and --json together is a usage error', async () => {
    const r = await runBin(['explain', '0xC004F074', '--markdown', '--json']);
    expect(r.code).toBe(2);
  });
});

describe.skipIf(NO_PTY)('the wizard\'s options', () => {
  it('--from starts at the code of the output and answers what it covers', async () => {
    const t = runInTerminal(['--from', fixture('readers/collect-client.json')]);
    await t.waitFor('Answered from the collected output');
    t.write('\u0003');
    expect(await t.exited).toBe(130);
  });

  it('--from a file that is not there: a clear message, exit 2', async () => {
    const t = runInTerminal(['--from', '/no/such/file.json']);
    expect(await t.exited).toBe(2);
    expect(t.text()).toContain('cannot read --from /no/such/file.json');
  });

  it('--out a folder that is not there: a clear message, exit 2', async () => {
    const t = runInTerminal(['--out', '/no/such/folder']);
    expect(await t.exited).toBe(2);
    expect(t.text()).toContain('is not a folder');
  });

  it('s saves the note into --out; --no-print leaves nothing behind on q', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kms-out-'));
    const t = runInTerminal(['0xC004F075', '--out', dir, '--no-print']);
    await t.ready('Show me the fix');
    t.write('\r');
    await t.ready('Resolution:');
    t.write('s');
    await t.waitFor('Saved: ');
    expect(readdirSync(dir).filter((f) => /^kms-doctor-0xC004F075-\d{8}-\d{4}\.md$/.test(f))).toHaveLength(1);
    t.write('q');
    expect(await t.exited).toBe(0);
    expect(t.raw().slice(t.raw().lastIndexOf('\u001B[?1049l'))).not.toContain('Resolution:');
  });
});

describe.skipIf(NO_PTY)('copying in a real terminal', () => {
  it('c over SSH sends the highlighted command by OSC 52, exactly as shown; a sends them all', async () => {
    const t = runInTerminal(['0xC004F075'], 100, 40, { SSH_TTY: '/dev/pts/9', SSH_CONNECTION: '10.0.0.1 50000 10.0.0.2 22', TMUX: '', STY: '' });
    await t.ready('Show me the fix');
    t.write('\r');
    await t.ready('Resolution:');
    t.write('c');
    await t.waitFor('Sent by OSC 52 (unconfirmed): ');
    const [copied] = decodeOsc52(t.raw());
    expect(copied).toBe('Get-Service sppsvc | Format-List Name, Status, StartType');
    expect(t.text()).toMatch(/\n +Get-Service sppsvc \| Format-List Name, Status, StartType/); // on its own line, under its label
    t.write('a');
    await new Promise((r) => setTimeout(r, 500));
    const all = decodeOsc52(t.raw())[1]!;
    expect(all.split('\n')[0]).toMatch(/^# PowerShell · on the client · read-only — /);
    expect(all).toContain('\nGet-Service sppsvc');
    t.write('q');
    expect(await t.exited).toBe(0);
  });
});
