// The wizard shows "Check that it worked" on every resolution it can reach, catalog resolutions
// included: the heading, each check's text and what success looks like, and each check's
// command alone on its line, on one of the resolution's pages at 80×24.

import { describe, expect, it } from 'vitest';
import { findError } from '../../src/catalog/catalog.js';
import { buildScreen, templateValues } from '../../src/wizard/layout/build-screen.js';
import { resolutionContent } from '../../src/wizard/resolution-content.js';
import { currentContext, currentStep, type Session } from '../../src/wizard/session.js';
import { shownCommands } from '../../src/wizard/view-model.js';
import { fill } from '../../src/text/fill.js';
import { allScreens, sessionAt } from '../support/screens.js';

/** Every line of every page of the session's screen. */
function allLines(s: Session): string[] {
  const first = buildScreen(s);
  const pages = Array.from({ length: first.pages }, (_, page) => (page === 0 ? first : buildScreen({ ...s, page })));
  return pages.flatMap((screen) => screen.parts.flatMap((p) => (p.kind === 'lines' ? p.lines.map((l) => l.text) : [])));
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

  it('every one shows the heading, every check, what success looks like and every check command', () => {
    const bad: string[] = [];
    for (const { screen, session } of resolutions) {
      const content = contentOf(session)!;
      const values = templateValues(session);
      const text = allLines(session);
      const joined = text.join(' ').replace(/\s+/g, ' ');
      const squeeze = (s: string) => s.replace(/\s+/g, ' ');
      if (!text.includes('Check that it worked:')) bad.push(`${screen.name}: no heading`);
      if (content.verify.length === 0) bad.push(`${screen.name}: no check`);
      content.verify.forEach((v, i) => {
        if (!joined.includes(squeeze(`${i + 1}. ${fill(v.text, values)}`))) bad.push(`${screen.name}: check ${i + 1} text`);
        if (v.expect && !joined.includes(squeeze(`Success looks like: ${fill(v.expect, values)}`))) bad.push(`${screen.name}: check ${i + 1} success`);
        for (const c of v.command ? shownCommands([v.command], values, session.view) : []) {
          if (!text.includes(c.text)) bad.push(`${screen.name}: check ${i + 1} command ${c.text}`);
        }
      });
    }
    expect(bad).toEqual([]);
  });
});
