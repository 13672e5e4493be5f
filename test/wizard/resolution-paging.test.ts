// Paging never hides anything (issue 14 §3): on every resolution of every flow and code, at
// 60×20 and 80×24, in both command views, the pages do not depend on which command is
// highlighted, and whatever key turns them — →, PgDn, Space, or ↓ through the commands —
// every line of the resolution appears on screen, and the page count stays put while moving.

import { describe, expect, it } from 'vitest';
import { buildScreen } from '../../src/wizard/layout/build-screen.js';
import { rowsOfLines } from '../../src/wizard/layout/screen-lines.js';
import { applyKey } from '../../src/wizard/keymap.js';
import { currentStep, type CommandView, type Session } from '../../src/wizard/session.js';
import { named, type Key } from '../../src/terminal/keys.js';
import { allScreens, sessionAt } from '../support/screens.js';

/** All resolutions in two views take seconds on an idle machine; a loaded one may take minutes. */
const HEAVY_TEST_MS = 600_000;

const SIZES = [{ columns: 60, rows: 20 }, { columns: 80, rows: 24 }];
const VIEWS: CommandView[] = ['cmd', 'powershell'];

const resolutions = allScreens().filter((s) => ['resolution', 'catalog-resolution'].includes(currentStep(sessionAt(s, SIZES[0]!)).kind));

/** The body lines of a screen (what lies between the heading and the status), as text. */
const bodyOf = (s: Session): string[] => buildScreen(s).parts.flatMap((p) => (p.kind === 'lines' ? p.lines.map((l) => l.text) : []));

/** Every line of every page, the highlight ignored (its marker stripped). */
function allLines(s: Session): Set<string> {
  const { pages } = buildScreen(s);
  const lines = new Set<string>();
  for (let page = 0; page < pages; page++) bodyOf({ ...s, page }).forEach((l) => lines.add(unmark(l)));
  return lines;
}

const unmark = (line: string) => line.replace('❯ ', '  ');

/** Presses `key` `times` times, collecting what was shown and the page counts seen. */
function shownBy(start: Session, key: Key, times: number): { seen: Set<string>; pageCounts: Set<number> } {
  let s = start;
  const seen = new Set(bodyOf(s).map(unmark));
  const pageCounts = new Set([buildScreen(s).pages]);
  for (let i = 0; i < times; i++) {
    s = applyKey(s, key);
    bodyOf(s).forEach((l) => seen.add(unmark(l)));
    pageCounts.add(buildScreen(s).pages);
  }
  return { seen, pageCounts };
}

/** The resolutions that look different at `size` in `view` (several codes share one flow's end). */
function distinct(size: { columns: number; rows: number }, view: CommandView) {
  const byText = new Map<string, Session & { name: string }>();
  for (const screen of resolutions) {
    const s = sessionAt(screen, size, {}, view);
    const key = [...allLines(s)].join('\n');
    if (!byText.has(key)) byText.set(key, { ...s, name: screen.name });
  }
  return [...byText.values()];
}

describe.each(SIZES.map((s) => [`${s.columns}×${s.rows}`, s] as const))('every resolution at %s', (_, size) => {
  it('has resolutions to check', () => {
    expect(resolutions.length).toBeGreaterThan(150);
  });

  it.each(VIEWS)('in the %s view, its pages are the same whichever command is highlighted', (view) => {
    const bad: string[] = [];
    for (const screen of resolutions) {
      const s = sessionAt(screen, size, {}, view);
      const { pages, commandPages } = buildScreen(s);
      const pagesEach = commandPages.map((_, i) => buildScreen({ ...s, commandCursor: i }).pages);
      if (pagesEach.some((p) => p !== pages)) bad.push(`${screen.name}: ${pages} pages, with the highlight moved ${pagesEach.join(',')}`);
      const layouts = commandPages.map((_, i) => buildScreen({ ...s, commandCursor: i }).commandPages.join(','));
      if (new Set(layouts).size > 1) bad.push(`${screen.name}: commands move between pages as the highlight moves`);
    }
    expect(bad).toEqual([]);
  }, HEAVY_TEST_MS);

  it.each(VIEWS)('in the %s view, →, PgDn, Space and ↓ each show every line, the page count steady', (view) => {
    const bad: string[] = [];
    const keys: [string, Key][] = [['→', named('right')], ['PgDn', named('pagedown')], ['Space', { kind: 'text', text: ' ' }], ['↓', named('down')]];
    for (const s of distinct(size, view)) {
      const all = allLines(s);
      const { pages, commandPages } = buildScreen(s);
      for (const [name, key] of keys) {
        // ↓ visits every command and turns past pages without one; the others turn one page a press.
        const { seen, pageCounts } = shownBy(s, key, name === '↓' ? commandPages.length + pages : pages);
        const missed = [...all].filter((l) => !seen.has(l));
        if (missed.length > 0) bad.push(`${s.name} ${name}: never shows "${missed[0]}"`);
        if (pageCounts.size > 1) bad.push(`${s.name} ${name}: page count changes (${[...pageCounts].join(', ')})`);
      }
    }
    expect(bad).toEqual([]);
  }, HEAVY_TEST_MS);

  it.each(VIEWS)('in the %s view, keeps a command with its label (and a check with its command) on one page', (view) => {
    const bad: string[] = [];
    for (const s of distinct(size, view)) {
      const { pages } = buildScreen(s);
      const linesOf = (page: number) => buildScreen({ ...s, page }).parts.flatMap((p) => (p.kind === 'lines' ? p.lines : []));
      const spans = new Map<number, Set<number>>();
      for (let page = 0; page < pages; page++) {
        for (const l of linesOf(page)) if (l.commandIndex !== undefined) spans.set(l.commandIndex, (spans.get(l.commandIndex) ?? new Set()).add(page));
      }
      // Only a command that is itself taller than a page may run over to the next one.
      const { budget } = buildScreen(s);
      const rowsOfGroup = (index: number) => [...spans.get(index)!].reduce((n, page) => n + rowsOfLines(linesOf(page).filter((l) => l.commandIndex === index), size.columns), 0);
      for (const [index, on] of spans) {
        if (on.size > 1 && rowsOfGroup(index) <= budget) bad.push(`${s.name}: command ${index + 1} is cut over pages ${[...on].map((p) => p + 1).join(', ')}`);
      }
    }
    expect(bad).toEqual([]);
  }, HEAVY_TEST_MS);
});
