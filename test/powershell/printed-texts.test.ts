// Every PowerShell text kms-doctor prints (test/powershell/texts.ts) goes through PowerShell's
// own parser: it parses, it needs nothing Windows PowerShell 5.1 lacks, and every cmdlet and
// parameter it uses is in the table of facts from Microsoft Learn.

import { expect, it } from 'vitest';
import { checkText } from './checks.js';
import { describePwsh } from './suite.js';
import { drawnPowerShell, everyPowerShellText, everyRawCommand } from './texts.js';

describePwsh('every PowerShell text kms-doctor prints', (host) => {
  const texts = everyPowerShellText();

  it('finds them all: the library, the flows, the checks, the catalog, both collect scripts', () => {
    expect(texts.length).toBeGreaterThan(90);
    expect(texts.some((t) => t.where === 'kms-doctor collect')).toBe(true);
  });

  it('fills every placeholder with a sample value', () => {
    expect(texts.filter((t) => !t.where.startsWith('kms-doctor collect') && /<[a-z][a-z-]*>/.test(t.text)).map((t) => `${t.where}: ${t.text}`)).toEqual([]);
  });

  it('parses in Windows PowerShell 5.1 syntax, and uses only cmdlets and parameters that exist', async () => {
    const problems: string[] = [];
    for (const t of texts) for (const p of await checkText(host(), t.text)) problems.push(`${t.where}: ${p}\n    ${t.text.split('\n')[0]}`);
    expect(problems).toEqual([]);
  });
});

it('nothing escapes: every command written in the data or a flow is one the printing code gives', () => {
  const printed = new Set(everyPowerShellText().map((t) => t.text));
  const missing = everyRawCommand().filter((c) => c.spec.shell === 'powershell' && !printed.has(c.text)).map((c) => c.text);
  expect(missing).toEqual([]);
});

it('nothing escapes: the wizard draws PowerShell on every kind of screen, and those drawn lines are checked', () => {
  const drawn = drawnPowerShell();
  expect(drawn.some((d) => d.where.includes('(question)') || /\.\w+ \(drawn\)$/.test(d.where))).toBe(true);
  expect(drawn.some((d) => d.text.includes('\n'))).toBe(true); // a long one laid out over lines
  const checked = new Set(everyPowerShellText().map((t) => t.text));
  expect(drawn.filter((d) => !checked.has(d.text))).toEqual([]);
});
