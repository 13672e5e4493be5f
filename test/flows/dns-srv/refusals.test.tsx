// The dns-srv flow refuses bad values with a message naming what is wrong, keeps the text for
// editing, and accepts it once corrected: the domain, the record's host, its port and the
// DNS server.

import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, choose, press, renderWizard, waitForText } from '../../support/ui.js';
import { answer, backspace, clearField, toLookup, waitForProse } from './walk.js';

afterEach(() => cleanup());

describe('dns-srv: bad values are refused, kept for editing, and accepted once corrected', () => {
  it('refuses a domain with shell characters, naming each', async () => {
    const w = await renderWizard({ code: '0x8007232B' });
    await waitForText(w, 'Which DNS domain is the client in?');
    await answer(w, 'corp.contoso.com; del *');
    await waitForProse(w, 'A DNS domain has only letters, digits, hyphens and dots; this one contains ";", a space and "*".');
    expect(w.frame()).toContain('DNS domain:\n› corp.contoso.com; del *');
    expect(w.frame()).toContain('Which DNS domain is the client in?');
    await backspace(w, '; del *'.length);
    await waitForText(w, 'DNS domain:\n› corp.contoso.com');
    await press(w, KEY.enter);
    await waitForText(w, 'What does DNS return for _vlmcs._tcp.corp.contoso.com?');
  });

  it('refuses "kms01 & calc", then a short name, then takes the full name', async () => {
    const w = await toLookup();
    await choose(w, 'One or more records');
    await waitForText(w, 'Which host does the record name?');
    await answer(w, 'kms01 & calc');
    await waitForProse(w, 'but this contains a space and "&".');
    expect(w.frame()).toContain('KMS host (full DNS name):\n› kms01 & calc');
    await backspace(w, ' & calc'.length);
    await waitForText(w, 'KMS host (full DNS name):\n› kms01');
    await press(w, KEY.enter);
    await waitForProse(w, '"kms01" is a short name');
    await answer(w, '.corp.contoso.com');
    await waitForText(w, 'Which port does that record give?');
  });

  it('refuses an IP address as the host an SRV record names', async () => {
    const w = await toLookup();
    await choose(w, 'One or more records');
    await answer(w, '10.0.0.21');
    await waitForProse(w, 'SRV targets cannot be addresses');
    expect(w.frame()).toContain('Which host does the record name?');
  });

  it('refuses port 99999 and takes 1689 instead', async () => {
    const w = await toLookup();
    await choose(w, 'One or more records');
    await answer(w, 'kms01.corp.contoso.com');
    await waitForText(w, 'Which port does that record give?');
    await answer(w, '99999');
    await waitForText(w, 'The port must be from 1 to 65535; 99999 is out of range.');
    expect(w.frame()).toContain('Port:\n› 99999');
    await clearField(w);
    await answer(w, '1689');
    await waitForText(w, 'Is kms01.corp.contoso.com the KMS host today, listening on port 1689?');
  });

  it('refuses a DNS server with a port', async () => {
    const w = await renderWizard({ code: '0x8007232A' });
    await answer(w, 'corp.contoso.com');
    await choose(w, 'It lists one or more addresses');
    await answer(w, '10.0.0.10:53');
    await waitForProse(w, 'without a port (DNS always uses port 53)');
    expect(w.frame()).toContain('10.0.0.10:53');
  });
});
