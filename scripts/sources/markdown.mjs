// Small readers for the Markdown the reference documents are written in: lines, headings,
// table rows and front matter. Nothing here knows about activation; the parsers next to it do.

/** The lines of a document, whatever its line endings. */
export const linesOf = (text) => text.split(/\r?\n/);

/**
 * The cells of a table row, trimmed, or undefined when the line is not a row. A pipe written
 * `\|` belongs to the cell (facts.md escapes the one in a PowerShell pipeline that way).
 */
export function tableCells(line) {
  const row = line.trim();
  if (!row.startsWith('|')) return undefined;
  const cells = row.slice(1, row.endsWith('|') && !row.endsWith('\\|') ? -1 : undefined).split(/(?<!\\)\|/);
  return cells.map((c) => c.replaceAll('\\|', '|').trim());
}

/** True for the `|---|:---|` line under a table's header. */
export const isTableRule = (cells) => cells.every((c) => /^:?-{3,}:?$/.test(c));

/** The level and text of a heading line (`## Title` → { level: 2, text: 'Title' }), or undefined. */
export function heading(line) {
  const m = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
  return m ? { level: m[1].length, text: m[2] } : undefined;
}

/**
 * The part of a document from the heading that starts with `from` up to (not including) the
 * next heading of the same or a higher level. Throws when the heading is missing, so a
 * reference document that was reorganised fails loudly instead of yielding an empty table.
 */
export function sectionOf(text, from) {
  const lines = linesOf(text);
  const start = lines.findIndex((l) => heading(l)?.text.startsWith(from));
  if (start < 0) throw new Error(`no heading starting with "${from}"`);
  const level = heading(lines[start]).level;
  const end = lines.findIndex((l, i) => i > start && (heading(l)?.level ?? 99) <= level);
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** The `key: value` pairs of a document's YAML front matter (flat values only). */
export function frontMatter(text) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const fields = {};
  for (const line of linesOf(m?.[1] ?? '')) {
    const kv = /^([\w.]+):\s*(.*?)\s*$/.exec(line);
    if (kv && !(kv[1] in fields)) fields[kv[1]] = kv[2];
  }
  return fields;
}

/** Throws `message` unless `condition` holds: the extraction refuses to write a partial table. */
export function expectThat(condition, message) {
  if (!condition) throw new Error(message);
}
