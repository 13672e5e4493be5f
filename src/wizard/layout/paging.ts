// Splitting a screen's text into pages that fit the rows left for it. Blocks stay whole when
// they fit a page; a block taller than a page is cut between its lines.

import { rowsOf, rowsOfLines, type Block, type ScreenLine } from './screen-lines.js';

/**
 * A block's lines in groups that stay together: a command with its label (the lines of one
 * `commandIndex`), and each other line on its own.
 */
function groupsOf(block: Block): ScreenLine[][] {
  const groups: ScreenLine[][] = [];
  for (const line of block) {
    const last = groups[groups.length - 1];
    if (last && line.commandIndex !== undefined && last[0]!.commandIndex === line.commandIndex) last.push(line);
    else groups.push([line]);
  }
  return groups;
}

/**
 * Cuts blocks taller than `budget` rows into pieces that fit, between groups: a command is cut
 * from its label, or between its own lines, only when the two together are taller than a page.
 */
function pieces(blocks: readonly Block[], budget: number, columns: number): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (rowsOfLines(block, columns) <= budget) {
      out.push(block);
      continue;
    }
    let piece: ScreenLine[] = [];
    let used = 0;
    for (const group of groupsOf(block)) {
      const h = rowsOfLines(group, columns);
      if (piece.length > 0 && used + h > budget) {
        out.push(piece);
        piece = [];
        used = 0;
      }
      for (const line of group) {
        const r = rowsOf(line, columns);
        if (piece.length > 0 && used + r > budget) {
          out.push(piece);
          piece = [];
          used = 0;
        }
        piece.push(line);
        used += r;
      }
    }
    if (piece.length > 0) out.push(piece);
  }
  return out;
}

/** The pages of `blocks` in `budget` rows each (one page when everything fits, or always when budget is Infinity). */
export function paginate(blocks: readonly Block[], budget: number, columns: number): ScreenLine[][] {
  if (!Number.isFinite(budget)) return [blocks.flat()];
  const pages: ScreenLine[][] = [[]];
  let used = 0;
  for (const block of pieces(blocks, Math.max(1, budget), columns)) {
    const h = rowsOfLines(block, columns);
    const page = pages[pages.length - 1]!;
    if (page.length > 0 && used + h > budget) {
      // A page does not start with a blank line.
      const lines = block[0]?.text === '' ? block.slice(1) : block;
      pages.push([...lines]);
      used = rowsOfLines(lines, columns);
    } else {
      page.push(...block);
      used += h;
    }
  }
  return pages;
}
