// The wizard shows "Check that it worked" on every resolution it can reach, catalog resolutions
// included: the heading, each check's text and what success looks like, and each check's
// command (or, where a step shows it already, which step), on one of the resolution's pages at 80×24.

import { describe, expect, it } from 'vitest';
import { findError } from '../../src/catalog/catalog.js';
import { buildScreen, templateValues } from '../../src/wizard/layout/build-screen.js';
import { resolutionContent } from '../../src/wizard/resolution-content.js';
import { currentContext, currentStep, type Session } from '../../src/wizard/session.js';
import { shownCommands } from '../../src/wizard/view-model.js';
import { fill } from '../../src/text/fill.js';
import { showResolution } from '../../src/wizard/layout/resolution-blocks.js';
import { holdsCommand } from '../support/command-text.js';
import { allScreens, sessionAt } from '../support/screens.js';

/** Every line of the resolution's text, page after page (without each page's heading, status and keys). */
function allLines(s: Session): string[] {
  const first = buildScreen(s);
  const pages = Array.from({ length: first.pages }, (_, page) => (page === 0 ? first : buildScreen({ ...s, page })));
  // The "Next: …" line pinned under the text is not part of it.
  const pinned = (lines: readonly { text: string }[]) => lines.some((l) => l.text.startsWith('Next: '));
  return pages.flatMap((screen) => screen.parts.slice(1, -2).flatMap((p) => (p.kind === 'lines' && !pinned(p.lines) ? p.lines.map((l) => l.text) : [])));
}

/** The resolution a session shows; none for a catalog resolution without a code (no screen of the wizard). */
function contentOf(session: Session) {
  const code = currentContext(session).code;
  return resolutionContent(currentStep(session), code ? findError(code) : undefined);
}

const resolutions = allScreens()
  .map((screen) => ({ screen, session: sessionAt(screen, { columns: 80, rows: 24 }) }))
  .filter(({ session }) => contentOf(session) !== undefined);

describe('Check that it worked, on screen', () => {
  it('finds the resolutions the wizard can reach, from the flows and from the catalog', () => {
    expect(resolutions.length).toBeGreaterThan(120);
    expect(resolutions.some(({ session }) => currentStep(session).kind === 'catalog-resolution')).toBe(true);
  });

  it.each(['cmd', 'powershell'] as const)('every one shows the heading, every check, what success looks like and every check command (%s)', (view) => {
    const bad: string[] = [];
    for (const { screen, session: base } of resolutions) {
      const session = { ...base, view };
      const content = contentOf(session)!;
      const values = templateValues(session);
      const shown = showResolution(content, values, session.view);
      const text = allLines(session);
      const joined = text.join(' ').replace(/\s+/g, ' ');
      const squeeze = (s: string) => s.replace(/\s+/g, ' ');
      if (!text.includes('Check that it worked:')) bad.push(`${screen.name}: no heading`);
      if (text.some((l) => l.startsWith('Resolution: '))) bad.push(`${screen.name}: a page's heading among the text`);
      if (content.verify.length === 0) bad.push(`${screen.name}: no check`);
      content.verify.forEach((v, i) => {
        if (!joined.includes(squeeze(`${i + 1}. ${fill(v.text, values)}`))) bad.push(`${screen.name}: check ${i + 1} text`);
        if (v.expect && !joined.includes(squeeze(`Success looks like: ${fill(v.expect, values)}`))) bad.push(`${screen.name}: check ${i + 1} success`);
        // Its command is shown, or named as the command of the step that shows it.
        for (const c of v.command ? shownCommands([v.command], values, session.view) : []) {
          const step = shown.steps.findIndex((st) => st.commands.some((sc) => sc.text === c.text));
          if (step >= 0 ? !joined.includes(`(the command of step ${step + 1})`) : !holdsCommand(text, c.text)) bad.push(`${screen.name}: check ${i + 1} command ${c.text}`);
        }
      });
    }
    expect(bad).toEqual([]);
  });
});
