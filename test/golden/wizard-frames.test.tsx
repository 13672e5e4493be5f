// The wizard's screens along fixed walks, byte for byte (ink-testing-library, 100 columns):
// the start screen, a typed code, a typed domain, help, a resolution in each command view,
// Esc back and a restart. See test/support/golden.ts to update.

import { afterEach, describe, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { expectGolden } from '../support/golden.js';
import { KEY, answer, choose, press, renderWizard, settle, waitForText, type WizardUnderTest } from '../support/ui.js';

afterEach(() => cleanup());

/** Collects the screen after each action, headed by what was done. */
function recorder(w: WizardUnderTest) {
  const screens: string[] = [];
  return {
    snap: (what: string) => screens.push(`=== ${what}\n${w.ui.lastFrame() ?? ''}`),
    text: () => screens.join('\n') + '\n',
  };
}

describe('wizard frames stay byte-identical', () => {
  it('from the start screen through a DNS SRV walk, help, views, back and restart', async () => {
    const w = await renderWizard({ view: 'cmd' });
    const r = recorder(w);
    await waitForText(w, 'What do you have to go on?');
    r.snap('start');
    await press(w, KEY.down);
    await waitForText(w, '❯ No code');
    r.snap('down');
    await settle();
    await choose(w, 'An error code');
    await waitForText(w, 'Type or paste the error code');
    r.snap('askCode');
    await answer(w, '0x8007232B');
    await waitForText(w, '0x8007232B — ');
    r.snap('code 0x8007232B');
    await press(w, KEY.tab);
    r.snap('help open');
    await press(w, KEY.tab);
    await answer(w, 'contoso.com');
    await waitForText(w, 'contoso.com');
    r.snap('domain typed');
    await choose(w, 'No record');
    r.snap('no record');
    await press(w, KEY.esc);
    await waitForText(w, '❯');
    r.snap('back');
    await press(w, 'r');
    await waitForText(w, 'Press r again');
    r.snap('r once');
    await press(w, 'r');
    await waitForText(w, 'What do you have to go on?');
    r.snap('restart');
    expectGolden('wizard/dns-srv-walk.txt', r.text());
  });

  it('started with a code, to its resolution in both command views, with the list of keys', async () => {
    const w = await renderWizard({ code: '0xC004F075', view: 'cmd', size: { columns: 80, rows: 24 } });
    const r = recorder(w);
    await waitForText(w, '0xC004F075 — ');
    r.snap('code 0xC004F075');
    await choose(w, 'Show me the fix');
    await waitForText(w, 'Resolution:');
    r.snap('resolution (cmd)');
    await press(w, 'p');
    r.snap('resolution (powershell)');
    await press(w, KEY.right);
    r.snap('next page');
    await press(w, '?');
    r.snap('keys');
    expectGolden('wizard/code-resolution.txt', r.text());
  });

  it('a refused value, kept for editing', async () => {
    const w = await renderWizard({ code: '0x8007232B' });
    const r = recorder(w);
    await answer(w, 'not a domain!');
    await waitForText(w, 'not a domain!');
    r.snap('refused');
    expectGolden('wizard/refused.txt', r.text());
  });
});
