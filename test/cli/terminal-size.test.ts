// The wizard in a real pseudo-terminal that reports 0×0 (stty cols 0 rows 0, as before the
// first resize of `docker exec -t` or `script`): drawn at 80×24, its lines whole.

import { describe, expect, it } from 'vitest';
import { BIN } from '../support/bin.js';
import { runOnScreen } from '../support/screen-terminal.js';

describe.skipIf(process.platform !== 'linux')('a terminal that reports no size', () => {
  it('gets the first screen at 80×24, one line per line, and keys still work', async () => {
    const run = runOnScreen([], 80, 24, {}, `stty cols 0 rows 0; exec "${process.execPath}" "${BIN}"`);
    await run.waitFor('What do you have to go on?');
    const lines = run.lines();
    expect(lines[0]).toMatch(/^kms-doctor/);
    expect(lines.some((l) => l.includes('q quit'))).toBe(true);
    run.write('q');
    expect(await run.exited).toBe(0);
  });
});
