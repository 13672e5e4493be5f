// A command's label is shown whole, wrapped in a narrow window, never cut: "Only if you keep the
// record by hand" and the difference between two w32tm alternatives must survive.

import { describe, expect, it } from 'vitest';
import { getCatalog } from '../../src/catalog/catalog.js';
import { commandBlock } from '../../src/wizard/layout/content-blocks.js';
import { commandLabel, shownCommands } from '../../src/wizard/view-model.js';

describe('command labels', () => {
  const all = Object.keys(getCatalog().commands).flatMap((ref) => shownCommands([{ ref }], {}, 'both'));
  it.each([40, 60, 80])('every label of the library is whole at %i columns', (columns) => {
    for (const command of all) {
      const block = commandBlock(command, columns);
      const labelLines = block.filter((l) => !l.command);
      expect(labelLines.map((l) => l.text).join(' ')).toBe(commandLabel(command.spec));
      for (const l of labelLines) expect(l.text.length).toBeLessThan(columns);
      expect(block.at(-1)!.text).toBe(command.text); // the command itself, whole, on its own line
    }
  });
});
