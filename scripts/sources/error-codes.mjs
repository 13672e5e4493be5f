// activation-error-codes.md → the fact table of its error codes: for each row of its table the
// code, the message exactly as the table prints it, the activation type, and the section that
// explains the code, with the "full text" quote where the section gives one.

import { expectThat, frontMatter, heading, isTableRule, linesOf, tableCells } from './markdown.mjs';

/** The file name of the error-code document, which is also its `source` id in data/. */
export const ERROR_CODES_DOC = 'activation-error-codes.md';
const TABLE_TITLE = 'Error codes and descriptions';
const FULL_TEXT_INTRO = 'The full text of this error resembles the following:';

/** 0x + upper-case hex: how the catalog writes a code, whatever case the source used. */
export const normalCode = (hex) => `0x${hex.replace(/^0x/i, '').toUpperCase()}`;

/** The rows of the table under the bold "Error codes and descriptions" line. */
function tableRows(lines) {
  const start = lines.findIndex((l) => l.trim() === `**${TABLE_TITLE}**`);
  expectThat(start >= 0, `${ERROR_CODES_DOC}: no "${TABLE_TITLE}" table`);
  const rows = [];
  for (const line of lines.slice(start + 1)) {
    const cells = tableCells(line);
    if (!cells) {
      if (rows.length > 0) break; // the first line after the table ends it
      continue;
    }
    if (isTableRule(cells) || cells[0] === 'Error code') continue;
    const link = /^\[(0x[0-9A-Fa-f]{8})\]\(#[^)]*\)$/.exec(cells[0]);
    expectThat(link && cells.length === 3, `${ERROR_CODES_DOC}: unexpected table row: ${line}`);
    rows.push({ code: normalCode(link[1]), message: cells[1], activationType: cells[2] });
  }
  return rows;
}

/** Each `## 0x…` section: its heading and the quoted full text of the error, when it has one. */
function codeSections(lines) {
  const sections = new Map();
  let current;
  let afterIntro = false;
  for (const line of lines) {
    const h = heading(line);
    if (h) {
      const code = h.level === 2 ? /^(0x[0-9A-Fa-f]{8})\b/.exec(h.text) : null;
      if (h.level <= 2) current = code ? { heading: h.text, fullText: null } : undefined;
      if (current && code) sections.set(normalCode(code[1]), current);
      afterIntro = false;
      continue;
    }
    if (!current) continue;
    if (line.trim() === FULL_TEXT_INTRO) afterIntro = true;
    else if (afterIntro && line.startsWith('>')) {
      // Trailing blanks are Markdown line breaks, not part of what Windows prints.
      const text = line.replace(/^>\s*/, '').trimEnd();
      current.fullText = current.fullText ? `${current.fullText} ${text}` : text;
    } else if (afterIntro && current.fullText && line.trim() === '') afterIntro = false;
  }
  return sections;
}

/** The fact table of activation-error-codes.md, in the order of its table. */
export function extractErrorCodes(markdown) {
  const lines = linesOf(markdown);
  const sections = codeSections(lines);
  const meta = frontMatter(markdown);
  const codes = tableRows(lines).map((row) => {
    const section = sections.get(row.code);
    expectThat(section, `${ERROR_CODES_DOC}: ${row.code} is in the table but has no section`);
    return { ...row, section: section.heading, fullText: section.fullText };
  });
  return {
    document: ERROR_CODES_DOC,
    title: meta.title,
    msDate: meta['ms.date'],
    table: TABLE_TITLE,
    codes,
  };
}
