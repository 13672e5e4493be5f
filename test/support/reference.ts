// Reading the shared reference documents, so tests compare the catalog with its sources.

import { readFileSync } from 'node:fs';

/** The text of a file under ../shared/reference/. */
export const reference = (name: string): string =>
  readFileSync(new URL(`../../../shared/reference/${name}`, import.meta.url), 'utf8');

/** Code and message of every row of the source document's error table. */
export function sourceErrorTable(): { code: string; message: string }[] {
  const rows: { code: string; message: string }[] = [];
  for (const line of reference('activation-error-codes.md').split('\n')) {
    const m = /^\|\[(0x[0-9A-Fa-f]{8})\]\([^)]*\)\s*\|(.*?)\|[^|]*\|\s*$/.exec(line);
    if (m) rows.push({ code: `0x${m[1]!.slice(2).toUpperCase()}`, message: m[2]!.trim() });
  }
  return rows;
}

/** Every code named in the first column of facts.md §1.2 and §1.3 tables. */
export function factsCodes(): string[] {
  const text = reference('facts.md');
  const section = text.slice(text.indexOf('### 1.2'), text.indexOf('### 1.4'));
  const codes = new Set<string>();
  for (const line of section.split('\n')) {
    const first = line.split('|')[1] ?? '';
    for (const m of first.matchAll(/0x([0-9A-Fa-f]{8})/g)) codes.add(`0x${m[1]!.toUpperCase()}`);
    const range = /0x([0-9A-F]{4})FD00–FD04/.exec(first);
    if (range) for (let i = 0; i <= 4; i++) codes.add(`0x${range[1]}FD0${i}`);
    const pair = /0x([0-9A-F]{4})F081 \/ F082 \/ F083/.exec(first);
    if (pair) ['F081', 'F082', 'F083'].forEach((c) => codes.add(`0x${pair[1]}${c}`));
  }
  return [...codes];
}
