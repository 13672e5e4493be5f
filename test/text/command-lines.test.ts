// A command drawn wider than the window is left to the terminal's soft wrap, padded so the wrap
// falls between words: every word outside quotes that fits a row starts and ends on one row, a
// row after the first starts as far in as the first (never at the window's edge), and taking
// the padding out gives the command back — padding only ever widens a space outside quotes.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getCatalog } from '../../src/catalog/catalog.js';
import { commandLines, padForSoftWrap } from '../../src/text/command-lines.js';

/** The rows a terminal `columns` wide shows `line` in, written from column `first`. */
function softWrap(line: string, columns: number, first: number): string[] {
  const rows: string[] = [];
  let row = ' '.repeat(first);
  for (const c of line) {
    if (row.length === columns) {
      rows.push(row);
      row = '';
    }
    row += c;
  }
  rows.push(row);
  return rows;
}

/** Runs of spaces outside quotes made one, for comparing a padded line with its command. */
function squeezeOutsideQuotes(text: string): string {
  let out = '';
  let quote: string | undefined;
  for (const c of text) {
    if (quote ? c === quote : c === '"' || c === "'") quote = quote ? undefined : c;
    if (c === ' ' && !quote && out.endsWith(' ')) continue;
    out += c;
  }
  return out;
}

/** The first word of `text`: up to a space outside quotes (a quoted string with spaces is one word). */
function firstWord(text: string): string {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === ' ' && !quote) return text.slice(0, i);
    if (quote ? c === quote : c === '"' || c === "'") quote = quote ? undefined : c;
  }
  return text;
}

const commands = Object.values(getCatalog().commands).flatMap((c) => [c.text, ...(c.twin ? [c.twin.text] : [])]).filter((t) => /^[\x20-\x7e]*$/.test(t));

describe('padding for the terminal\'s soft wrap', () => {
  it('the issue\'s cases: a word at a row\'s end starts the next row, indented like the first', () => {
    const line = 'Get-DnsServerResourceRecord -ZoneName corp.contoso.com -Name _vlmcs._tcp -RRType Srv';
    const rows = softWrap(padForSoftWrap(line, 60, 5), 60, 5);
    expect(rows).toEqual(['     Get-DnsServerResourceRecord -ZoneName corp.contoso.com ', '     -Name _vlmcs._tcp -RRType Srv']);
    const dnscmd = 'dnscmd /recordadd corp.contoso.com _vlmcs._tcp 3600 SRV 0 0 1688 kms01.corp.contoso.com';
    const dns = softWrap(padForSoftWrap(dnscmd, 60, 5), 60, 5);
    expect(dns[1]).toBe('     0 0 1688 kms01.corp.contoso.com');
  });

  it('never splits a free word that fits a row, and gives the command back without its padding', () => {
    fc.assert(
      fc.property(fc.constantFrom(...commands), fc.integer({ min: 30, max: 130 }), fc.integer({ min: 0, max: 6 }), (text, columns, first) => {
        const padded = padForSoftWrap(text, columns, first);
        expect(squeezeOutsideQuotes(padded)).toBe(squeezeOutsideQuotes(text));
        const rows = softWrap(padded, columns, first);
        const lead = Math.min(first, Math.floor(columns / 4));
        let quote: string | undefined;
        rows.forEach((row, i) => {
          // A row that starts a new word outside quotes (the row before ended with a space) is indented like the first.
          const word = firstWord(padded.slice(padded.indexOf(row.trim())));
          if (i > 0 && !quote && rows[i - 1]!.endsWith(' ') && row.trim() !== '' && lead + word.length <= columns) expect(row.slice(0, lead).trim(), `${text} @${columns}`).toBe('');
          for (const c of row) if (quote ? c === quote : c === '"' || c === "'") quote = quote ? undefined : c;
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves a line that fits, or one with wide characters, as it is', () => {
    expect(padForSoftWrap('slmgr /ato', 80, 5)).toBe('slmgr /ato');
    expect(padForSoftWrap('nslookup kms01.bücher.example kms01.bücher.example kms01.bücher.example', 30, 2)).toBe('nslookup kms01.bücher.example kms01.bücher.example kms01.bücher.example');
  });

  it('breaks PowerShell only where it reads on, and keeps cmd on one line', () => {
    const ps = 'Get-CimInstance SoftwareLicensingService | Format-List ClientMachineID, KeyManagementServiceMachine, KeyManagementServicePort';
    const lines = commandLines(ps, 'powershell', 60, 5).map((l) => l.trimEnd());
    expect(lines[0]).toBe('Get-CimInstance SoftwareLicensingService |');
    expect(lines.slice(1).every((l) => l.startsWith('    '))).toBe(true);
    expect(commandLines('reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SoftwareProtectionPlatform" /v SkipRearm', 'cmd', 60, 5)).toHaveLength(1);
  });
});
