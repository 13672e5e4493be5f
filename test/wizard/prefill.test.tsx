// A value one flow learned is offered, ready to confirm, where the next flow asks for it.

import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, answer, choose, draft, press, renderWizard, settle, waitForText } from '../support/ui.js';

afterEach(() => cleanup());

describe('answers carried into the next flow', () => {
  it('the port flow offers the KMS host and port the DNS record named; Enter alone confirms them', async () => {
    const w = await renderWizard({ code: '0x8007232B' });
    await waitForText(w, 'Which DNS domain is the client in?');
    await answer(w, 'corp.contoso.com');
    await choose(w, 'One or more records');
    await waitForText(w, 'Which host does the record name?');
    await answer(w, 'kms02.corp.contoso.com');
    await waitForText(w, 'Which port does that record give?');
    await answer(w, '1700');
    await choose(w, 'Yes: the right host');
    await waitForText(w, 'Which KMS host does this client try to reach?');
    expect(draft(w)).toBe('kms02.corp.contoso.com:1700');
    await settle();
    await press(w, KEY.enter);
    await waitForText(w, 'Test-NetConnection kms02.corp.contoso.com -Port 1700');
  });

  it('a question for a different value starts empty', async () => {
    const w = await renderWizard({ code: '0xC004F074' });
    await choose(w, 'Another result code');
    await waitForText(w, 'Type or paste the error code');
    expect(draft(w)).toBe('');
  });
});
