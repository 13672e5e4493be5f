// Pasting in a real terminal: the wizard turns bracketed paste on, so a pasted block arrives
// marked — its line breaks never press Enter — and output that fits the question answers it.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runOnScreen } from '../support/screen-terminal.js';
import { NO_PTY } from '../support/pty.js';

const sample = (name: string) => readFileSync(new URL(`../fixtures/samples/${name}`, import.meta.url), 'utf8').replace(/^# source:.*\n/, '');

describe.skipIf(NO_PTY)('a bracketed paste in a real terminal', () => {
  it('turns bracketed paste on, and nslookup output pasted at the SRV question answers it', async () => {
    const run = runOnScreen(['0x8007232B'], 80, 24);
    await run.waitFor('Which DNS domain is the client in?');
    expect(run.raw()).toContain('\u001B[?2004h');
    run.write('corp.contoso.com\r');
    await run.waitFor('What does DNS return for');
    run.write(`\u001B[200~${sample('nslookup-srv-found-1.txt').replace(/\n/g, '\r')}\u001B[201~`);
    await run.waitFor('Which host does the record name?');
    expect(run.lines().join(' ')).toContain('Read from what you pasted');
    run.write('\u0003');
    expect(await run.exited).toBe(130);
  });

  it('a paste whose pieces arrive 1.5 s apart (a slow link) is still one paste that answers', async () => {
    const run = runOnScreen(['0x8007232B'], 80, 24);
    await run.waitFor('Which DNS domain is the client in?');
    run.write('corp.contoso.com\r');
    await run.waitFor('What does DNS return for');
    const text = sample('nslookup-srv-found-1.txt').replace(/\n/g, '\r');
    const half = text.indexOf('\r', Math.floor(text.length / 2));
    run.write(`\u001B[200~${text.slice(0, half)}`);
    await new Promise((r) => setTimeout(r, 1500));
    run.write(`${text.slice(half)}\u001B[201~`);
    await run.waitFor('Which host does the record name?');
    expect(run.lines().join(' ')).toContain('Read from what you pasted');
    expect(run.lines().join(' ')).not.toContain('does not answer this question');
    run.write('\u0003');
    expect(await run.exited).toBe(130);
  });

  it('a paste that arrives while the readers are still loading (seconds, on a busy machine) waits for them and is read', async () => {
    const slow = new URL('../fixtures/faults/slow-readers.mjs', import.meta.url).href;
    const run = runOnScreen(['0x8007232B'], 80, 24, { NODE_OPTIONS: `--import=${slow}` });
    await run.waitFor('Which DNS domain is the client in?');
    run.write('corp.contoso.com\r');
    await run.waitFor('What does DNS return for');
    run.write(`\u001B[200~${sample('nslookup-srv-found-1.txt').replace(/\n/g, '\r')}\u001B[201~`);
    await run.waitFor('Which host does the record name?', 20_000);
    expect(run.lines().join(' ')).toContain('Read from what you pasted');
    run.write('\u0003');
    expect(await run.exited).toBe(130);
  });
});
