// Every screen fits the window, from the smallest size we promise up: its text on pages, the
// question and its choices (or the field) always in sight, nothing cut short. Checked on the
// layout for every reachable screen of every flow — help open and closed, in every command
// view, every page — and on what Ink really draws for the first page of each at 60×20 and 80×24.

import { describe, expect, it } from 'vitest';
import { buildScreen, type Screen } from '../../src/wizard/layout/build-screen.js';
import { rowsOfLines } from '../../src/wizard/layout/screen-lines.js';
import { currentStep, type CommandView, type Session } from '../../src/wizard/session.js';
import { startSessionActor } from '../../src/wizard/session-context.js';
import { getCatalog } from '../../src/catalog/catalog.js';
import { allScreens, sessionAt } from '../support/screens.js';
import { frameOf } from '../support/sized-render.js';

/** Every screen in every view takes seconds on an idle machine; a loaded one may take minutes. */
const HEAVY_TEST_MS = 600_000;

/** The smallest window every screen is proven to fit (README says so). */
export const MIN_WINDOW = { columns: 60, rows: 20 };
const SIZES = [MIN_WINDOW, { columns: 80, rows: 24 }, { columns: 120, rows: 40 }, { columns: 250, rows: 80 }];
const VIEWS: CommandView[] = ['both', 'cmd', 'powershell'];

/** Rows a laid-out screen takes. */
function heightOf(screen: Screen, columns: number): number {
  return screen.parts.reduce((n, p) => n + (p.kind === 'lines' ? rowsOfLines(p.lines, columns) : p.kind === 'options' ? p.rows : p.rows), 0);
}

/** Problems with `s` in its window: too tall, the question or its choices out of sight. */
function problems(s: Session): string[] {
  const out: string[] = [];
  const first = buildScreen(s);
  if (first.tooSmall) return ['too small'];
  for (let page = 0; page < first.pages; page++) {
    const screen = page === 0 ? first : buildScreen({ ...s, page });
    const height = heightOf(screen, s.size.columns);
    if (height > s.size.rows - 1) out.push(`page ${page + 1}: ${height} rows`);
    const step = currentStep(s);
    if (step.kind === 'question' && !screen.parts.some((p) => p.kind === 'options' && p.visible > 0)) out.push(`page ${page + 1}: no choices`);
    if (step.kind === 'input' && !screen.parts.some((p) => p.kind === 'field')) out.push(`page ${page + 1}: no field`);
  }
  return out;
}

describe.each(SIZES.map((s) => [`${s.columns}×${s.rows}`, s] as const))('every screen fits %s', (_, size) => {
  it('help closed and open, in every command view, every page', () => {
    const bad: string[] = [];
    for (const screen of allScreens()) {
      for (const view of VIEWS) {
        for (const helpOpen of [false, true]) {
          const found = problems(sessionAt(screen, size, { helpOpen }, view));
          if (found.length > 0) bad.push(`${screen.name} ${view}${helpOpen ? ' help' : ''}: ${found.join(', ')}`);
        }
      }
    }
    expect(bad).toEqual([]);
  }, HEAVY_TEST_MS);
});

describe('what Ink draws is what the layout measured', () => {
  it.each([[60, 20], [80, 24]])('first page of every screen at %i×%i', (columns, rows) => {
    const bad: string[] = [];
    for (const screen of allScreens()) {
      const s = sessionAt(screen, { columns, rows });
      const { height, frame } = frameOf(s);
      const measured = heightOf(buildScreen(s), columns);
      if (height !== measured || height > rows - 1) bad.push(`${screen.name}: drawn ${height}, measured ${measured}\n${frame}`);
    }
    expect(bad.map((b) => b.split('\n')[0])).toEqual([]);
  }, HEAVY_TEST_MS);

  it.each(getCatalog().errors.map((e) => [e.code]))('%s starts with its title in sight at 60×20', (code) => {
    const actor = startSessionActor({ code, size: { columns: 60, rows: 20 } });
    const { frame, height } = frameOf(actor.getSnapshot().context);
    expect(frame).toContain(`${code} — `);
    expect(height).toBeLessThan(20);
  });
});
