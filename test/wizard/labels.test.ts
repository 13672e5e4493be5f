// A command's label is shown whole, wrapped in a narrow window, never cut: "Only if you keep the
// record by hand" and the difference between two w32tm alternatives must survive. Under a
// resolution's step the label is short — shell, machine, elevated, read-only or CHANGES — and
// names its purpose where the step has several commands.

import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../src/catalog/catalog.js';
import { commandBlock } from '../../src/wizard/layout/content-blocks.js';
import { buildScreen } from '../../src/wizard/layout/build-screen.js';
import { resolutionContent } from '../../src/wizard/resolution-content.js';
import { showResolution } from '../../src/wizard/layout/resolution-blocks.js';
import { templateValues } from '../../src/wizard/layout/build-screen.js';
import { findError } from '../../src/catalog/catalog.js';
import { currentContext, currentStep } from '../../src/wizard/session.js';
import { commandLabel, shortLabel, shownCommands } from '../../src/wizard/view-model.js';
import { allScreens, sessionAt } from '../support/screens.js';
import { holdsCommand } from '../support/command-text.js';

describe('command labels on a question screen', () => {
  const all = Object.keys(getCatalog().commands).flatMap((ref) => shownCommands([{ ref }], {}, 'both'));
  it.each([40, 60, 80])('every label of the library is whole at %i columns, its command under it', (columns) => {
    for (const command of all) {
      const block = commandBlock(command, columns);
      const labelLines = block.filter((l) => !l.command);
      expect(labelLines.map((l) => l.text).join(' ')).toBe(commandLabel(command.spec));
      for (const l of labelLines) expect(l.text.length).toBeLessThan(columns);
      expect(holdsCommand(block.filter((l) => l.command).map((l) => l.text), command.text)).toBe(true);
    }
  });
});

describe('command labels under a resolution step', () => {
  const resolutions = allScreens().filter((s) => ['resolution', 'catalog-resolution'].includes(currentStep(sessionAt(s, { columns: 80, rows: 24 })).kind));

  it.each([60, 80])('every label is whole at %i columns: shell, machine, rights, changes (and purpose beside others)', (columns) => {
    const bad: string[] = [];
    for (const screen of resolutions) {
      const s = sessionAt(screen, { columns, rows: Number.POSITIVE_INFINITY }, {}, 'cmd');
      const context = currentContext(s);
      const content = resolutionContent(currentStep(s), context.code ? findError(context.code) : undefined);
      if (!content) continue; // a catalog resolution without a code is no screen of the wizard
      const text = buildScreen(s).parts.flatMap((p) => (p.kind === 'lines' ? p.lines.map((l) => l.text) : [])).join(' ').replace(/\s+/g, ' ');
      for (const step of showResolution(content, templateValues(s), 'cmd').steps) {
        const several = step.commands.length > 1;
        for (const c of step.commands) {
          const label = shortLabel(c.spec, several);
          if (!text.includes(label)) bad.push(`${screen.name}: "${label}"`);
          if (several !== label.includes(' — ')) bad.push(`${screen.name}: purpose ${several ? 'missing' : 'shown alone'}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('says where, rights and changes in its own words', () => {
    const spec = { purpose: 'Reset the activation timers', shell: 'cmd', where: 'client', elevated: true, changes: true, text: 'x' } as const;
    expect(shortLabel(spec, false)).toBe('cmd · client · elevated · CHANGES the machine');
    expect(shortLabel({ ...spec, where: 'kms-host', elevated: false, changes: false, shell: 'powershell' }, true)).toBe('PowerShell · KMS host · read-only — Reset the activation timers');
  });
});
