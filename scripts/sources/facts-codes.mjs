// facts.md §1.2 and §1.3 → the fact table of the further error codes: each code, its symbol,
// and the texts facts.md quotes for it, labelled with who prints them (the SDK header
// slerror.h, slmgr.vbs, or Windows elsewhere: the event log, a Microsoft article's capture).

import { expectThat, isTableRule, linesOf, sectionOf, tableCells } from './markdown.mjs';
import { normalCode } from './error-codes.mjs';

const SYMBOL = /\b((?:SL_E|DNS_ERROR)_[A-Z0-9_]+)\b/;

/**
 * The codes a first cell names. Besides plain codes it shortens families two ways:
 * "0xC004F081 / F082 / F083" and "0xC004FD00–FD04".
 */
function codesInCell(cell) {
  const codes = [];
  for (const m of cell.matchAll(/0x([0-9A-Fa-f]{4})([0-9A-Fa-f]{4})((?:\s*\/\s*[0-9A-F]{4}\b)*)(?:–([0-9A-F]{4})\b)?/g)) {
    const [, high, low, more, rangeEnd] = m;
    codes.push(normalCode(high + low));
    for (const tail of more.match(/[0-9A-F]{4}/g) ?? []) codes.push(normalCode(high + tail));
    if (rangeEnd) {
      for (let n = parseInt(low, 16) + 1; n <= parseInt(rangeEnd, 16); n++) {
        codes.push(normalCode(high + n.toString(16).padStart(4, '0')));
      }
    }
  }
  return codes;
}

// facts.md §1.1: slmgr alone writes "Error: 0x<code> <text>" and "Notification Reason: 0x<code>.".
const SLMGR_FORMS = /^(?:Error: 0x[0-9A-Fa-f]{8} |Notification Reason: 0x)/;

/**
 * The quoted message texts of a cell, each labelled by who prints it: slmgr's own forms, or
 * "slmgr" / "SDK" in the words before the quote, or else `fallback` (the column's default).
 * Quotes of fewer than three words are labels ("Description:"), not messages. Backticks are
 * Markdown only; " / " inside one quote separates two lines of the same message box or event.
 */
function quotedTexts(cell, fallback) {
  const texts = [];
  let last = 0;
  for (const m of cell.matchAll(/"([^"]+)"/g)) {
    const before = cell.slice(last, m.index);
    last = m.index + m[0].length;
    const quote = m[1].replaceAll('`', '').trim();
    if (quote.split(/\s+/).length < 3) continue;
    const named = /slmgr/i.test(before) ? 'slmgr' : /\bSDK\b/.test(before) ? 'sdk' : fallback;
    for (const text of quote.split(' / ')) texts.push({ by: SLMGR_FORMS.test(text) ? 'slmgr' : named, text });
  }
  return texts;
}

/** The data rows of the first table in a section. */
function tableRowsOf(section) {
  const rows = [];
  for (const line of linesOf(section)) {
    const cells = tableCells(line);
    if (cells && !isTableRule(cells) && cells[0] !== 'Code') rows.push(cells);
  }
  return rows;
}

/** One row → one entry per code; a family row pairs its texts with its codes in order. */
function entriesOfRow(section, codes, symbol, texts) {
  const paired = codes.length > 1 && texts.length === codes.length;
  return codes.map((code, i) => ({ code, section, symbol, texts: paired ? [texts[i]] : texts }));
}

/** The fact table of facts.md §1.2 and §1.3, in the order of their tables. */
export function extractFactsCodes(factsMarkdown) {
  const codes = [];
  // §1.2: Code | Exact text (source of text) | … — Microsoft articles quote what Windows shows.
  for (const cells of tableRowsOf(sectionOf(factsMarkdown, '1.2 '))) {
    const symbol = SYMBOL.exec(cells[1])?.[1] ?? null;
    codes.push(...entriesOfRow('facts.md §1.2', codesInCell(cells[0]), symbol, quotedTexts(cells[1], 'windows')));
  }
  // §1.3: Code | Symbol | Exact text | … — "Text = exact MessageText from SDK slerror.h unless marked slmgr:".
  for (const cells of tableRowsOf(sectionOf(factsMarkdown, '1.3 '))) {
    // A symbol cell may also say "SP max rearm" or "(not in slerror.h)": only a symbol counts.
    const symbol = /^[A-Z][A-Z0-9_]+$/.test(cells[1]) ? cells[1] : null;
    codes.push(...entriesOfRow('facts.md §1.3', codesInCell(cells[0]), symbol, quotedTexts(cells[2], 'sdk')));
  }
  expectThat(codes.length > 0, 'facts.md §1.2–1.3: no codes found');
  return { codes };
}
