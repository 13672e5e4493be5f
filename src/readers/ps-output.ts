// PowerShell's two ways of printing objects: lists ("Name : value" blocks, as Format-List and
// most cmdlets print them) and tables (a header, a line of dashes, rows). Property names are
// the same in every language; only some values are translated. Blank lines are not relied
// on: pastes gain and lose them. A list object ends where one of its properties comes again.

/** One object of a list: property name (lower case) to value (continuation lines joined by \n). */
export type PsObject = Record<string, string>;

const PROPERTY = /^([A-Za-z][\w.-]*(?: \([A-Za-z]+\))?)\s*:(?: (.*))?$/;
const DASHES = /^\s*-{2,}(?:\s+-+)*\s*$/;

/** The objects of Format-List style output. */
export function psList(lines: readonly string[]): PsObject[] {
  const objects: PsObject[] = [];
  let current: PsObject | undefined;
  let lastKey: string | undefined;
  let valueColumn = 0;
  for (const raw of lines) {
    if (raw.trim() === '') continue;
    const indent = raw.length - raw.trimStart().length;
    if (current && lastKey && indent > 0 && indent >= valueColumn - 1) {
      current[lastKey] = current[lastKey] ? `${current[lastKey]}\n${raw.trim()}` : raw.trim();
      continue;
    }
    const m = indent === 0 ? PROPERTY.exec(raw) : null;
    if (!m) {
      lastKey = undefined;
      continue;
    }
    const key = m[1]!.toLowerCase();
    if (!current || key in current) {
      current = {};
      objects.push(current);
    }
    lastKey = key;
    current[key] = (m[2] ?? '').trim();
    valueColumn = raw.indexOf(':') + 2;
  }
  return objects.filter((o) => Object.keys(o).length >= 2);
}

/** The rows of table output under a header that has `mustHave` as a column, as objects. */
export function psTable(lines: readonly string[], mustHave: string): PsObject[] {
  const filled = lines.filter((l) => l.trim() !== '');
  const rows: PsObject[] = [];
  for (let i = 0; i + 1 < filled.length; i++) {
    const dashes = filled[i + 1]!;
    if (!DASHES.test(dashes)) continue;
    const header = filled[i]!;
    const starts = [...dashes.matchAll(/-+/g)].map((m) => m.index);
    const names = starts.map((s, k) => header.slice(s, starts[k + 1] ?? header.length).trim().toLowerCase());
    if (!names.includes(mustHave.toLowerCase())) continue;
    let r = i + 2;
    // Rows run until something that is no row: a list property, another table.
    for (; r < filled.length && !PROPERTY.test(filled[r]!) && !DASHES.test(filled[r + 1] ?? ''); r++) {
      const row = filled[r]!;
      const words = row.trim().split(/\s+/);
      const object: PsObject = {};
      // Equal counts: the simplest honest split. Otherwise cut at the columns' starts.
      if (words.length === names.length) names.forEach((n, k) => { object[n] = words[k]!; });
      else names.forEach((n, k) => { object[n] = row.slice(starts[k]!, starts[k + 1] ?? row.length).trim(); });
      rows.push(object);
    }
    i = r - 1;
  }
  return rows;
}
