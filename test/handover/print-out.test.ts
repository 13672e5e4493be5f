import { describe, expect, it } from 'vitest';
import { findError } from '../../src/catalog/catalog.js';
import { printOut, printOutColor } from '../../src/handover/print-out.js';
import { fillResolution, resolutionOf, type HandoverResolution } from '../../src/handover/resolution.js';
import type { SessionRecord } from '../../src/handover/note/record.js';
import { commandLabel } from '../../src/wizard/view-model.js';
import { fieldSpec } from '../../src/input/fields.js';
import { resolutionBlocks } from '../../src/wizard/layout/resolution-blocks.js';
import { paginate } from '../../src/wizard/layout/paging.js';
import { squeezeCommand } from '../support/command-text.js';
import { wrap } from '../../src/text/wrap.js';

const ESC = '\u001B';
const entry = findError('0xC004F074')!;
const content = resolutionOf({ kind: 'catalog-resolution' }, entry)!;
const values = { code: entry.code, domain: 'corp.contoso.com', kmsHost: 'kms01.corp.contoso.com', port: 1688, kmsHostPort: 'kms01.corp.contoso.com:1688' };
const recordOf = (c: HandoverResolution, extra: Partial<SessionRecord> = {}): SessionRecord => ({
  code: entry.code,
  meaning: entry.title,
  message: 'The Software Licensing Service reported that the computer could not be activated.',
  path: [{ question: "What do the client's newest events 12288 and 12289 show?", answer: 'A 12288 with no 12289 after it: no answer' }],
  values: { kmsHost: 'kms01.corp.contoso.com' },
  resolution: fillResolution(c, values, 'both'),
  ...extra,
});

describe('the print-out on exit', () => {
  it('starts with the code, the path and the values typed, so the scrollback alone serves the ticket', () => {
    const text = printOut(recordOf(content), { color: false });
    expect(text.startsWith(`0xC004F074 — ${entry.title}\nWindows says: “The Software Licensing Service`)).toBe(true);
    expect(text).toContain("\nThe path:\n1. What do the client's newest events 12288 and 12289 show? — A 12288 with no 12289 after it: no answer\n");
    expect(text).toContain(`\nValues typed:\n- ${fieldSpec('kmsHost').label}: kms01.corp.contoso.com\n`);
    expect(text.indexOf('The path:')).toBeLessThan(text.indexOf(`Resolution: ${entry.title}`));
  });

  it('holds the whole resolution, though the screen needs several pages for it', () => {
    expect(paginate(resolutionBlocks(content, values, 'cmd', 80), 24 - 8, 80).length).toBeGreaterThan(1);
    const text = printOut(recordOf(content), { color: false, columns: 80 });
    expect(text).toContain('What is wrong: The client could not get an answer from any KMS host.');
    content.steps.forEach((_, i) => expect(text).toMatch(new RegExp(`^${i + 1}\\. `, 'm')));
  });

  it('prints every command in both forms, whatever the view was, each under its full label', () => {
    const lines = printOut(recordOf(content), { color: false }).split('\n');
    const record = recordOf(content);
    const commands = [...record.resolution.steps.flatMap((s) => s.commands), ...record.resolution.commands];
    expect(commands.some((c) => c.isTwin)).toBe(true);
    for (const c of commands) {
      const at = lines.indexOf(`   ${c.text}`);
      expect(at, c.text).toBeGreaterThan(0);
      expect(lines[at - 1]).toBe(`   ${commandLabel(c.spec)}`);
    }
  });

  it('never breaks a cmd command; PowerShell only where it reads on, so the lines joined give the command', () => {
    const text = printOut(recordOf(content), { color: false, columns: 40 });
    expect(text.split('\n')).toContain('   cscript //nologo %windir%\\system32\\slmgr.vbs /skms kms01.corp.contoso.com:1688');
    const record = recordOf(content);
    for (const c of record.resolution.steps.flatMap((s) => s.commands).filter((c) => c.spec.shell === 'powershell')) {
      // The label is prose: wrapped under the same indent, never wider than the window.
      const label = wrap(commandLabel(c.spec), 39, '   ');
      const start = text.indexOf(`${label}\n`);
      expect(start, commandLabel(c.spec)).toBeGreaterThanOrEqual(0);
      const block = text.slice(start + label.length + 1).split('\n');
      const end = block.findIndex((l) => !l.startsWith('   ') || l.startsWith(label.split('\n')[0] ?? label) || l === '');
      // Laid out as PowerShell: the same text but for spaces, line breaks and the `;` a break stands for.
      const lines = block.slice(0, end < 0 ? undefined : end);
      expect(squeezeCommand(lines.join('\n'))).toBe(squeezeCommand(c.text));
      expect(lines.length).toBeGreaterThan(0);
    }
  });

  it('wraps prose and labels to the window, a numbered line hanging under its text; only a command may be wider', () => {
    const columns = 40;
    const text = printOut(recordOf(content), { color: false, columns });
    const record = recordOf(content);
    const commands = [...record.resolution.steps, ...record.resolution.verify].flatMap((s) => s.commands).map((c) => c.text);
    for (const line of text.split('\n')) {
      if (line.trim() && commands.some((c) => c.includes(line.trim()))) continue;
      expect(line.length, line).toBeLessThan(columns);
    }
    // The first step: "1. " then its words, the next row starting under the first word.
    const first = text.split('\n').findIndex((l) => l.startsWith(`1. ${record.resolution.steps[0]!.text.split(' ')[0]}`));
    const firstStep = record.resolution.steps[0]!.text;
    expect(first).toBeGreaterThan(0);
    if (firstStep.length > columns - 4) expect(text.split('\n')[first + 1]).toMatch(/^ {3}\S/);
  });

  it('has no colour when asked for none (NO_COLOR)', () => {
    expect(printOut(recordOf(content), { color: false })).not.toContain(ESC);
  });

  it('colours headings and labels, never a command line', () => {
    const text = printOut(recordOf(content), { color: true });
    expect(text).toContain(`${ESC}[1m`);
    expect(text).toContain(`${ESC}[32m`);
    for (const c of recordOf(content).resolution.steps.flatMap((s) => s.commands)) expect(text).toContain(`\n   ${c.text}\n`);
  });

  it('ends with Check that it worked, when the resolution has it', () => {
    const withVerify: HandoverResolution = {
      ...content,
      verify: [
        { text: 'On the client, activate again.', command: { ref: 'slmgr-ato' }, expect: 'slmgr prints "Product activated successfully."' },
        { text: 'On {kmsHost}, look at event 12290.' },
      ],
    };
    const text = printOut(recordOf(withVerify), { color: false });
    const tail = text.slice(text.indexOf('Check that it worked:'));
    expect(tail).toContain('1. On the client, activate again.\n');
    expect(tail).toContain('\n   cscript //nologo %windir%\\system32\\slmgr.vbs /ato\n');
    expect(tail).toContain('   Success looks like: slmgr prints "Product activated successfully."');
    expect(tail).toContain('2. On kms01.corp.contoso.com, look at event 12290.');
    expect(printOut(recordOf({ ...content, verify: [] }), { color: false })).not.toContain('Check that it worked');
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
