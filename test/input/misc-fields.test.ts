// The misc fields: the publish list, task names and computer names accept what a technician
// types and refuse anything that could break out of the command they fill, saying why.

import { describe, expect, it } from 'vitest';
import { fieldSpec } from '../../src/input/fields.js';
import { validateComputerName, validateDomainList, validateTaskName } from '../../src/input/validate-misc.js';

const refusal = (v: { ok: boolean; message?: string }) => (v.ok ? undefined : v.message);

describe('domainList', () => {
  const field = fieldSpec('domainList');

  it('takes domains separated by spaces, commas or semicolons, in order, lower-cased, without duplicates', () => {
    expect(validateDomainList(' corp.contoso.com,EMEA.contoso.com;  apac.contoso.com. corp.contoso.com ')).toEqual({
      ok: true,
      value: ['corp.contoso.com', 'emea.contoso.com', 'apac.contoso.com'],
    });
  });

  it('sets the list as shown, as reg add wants it (\\0 between) and as a PowerShell array', () => {
    expect(field.validate('corp.contoso.com emea.contoso.com', {})).toEqual({
      ok: true,
      value: {
        domainList: 'corp.contoso.com, emea.contoso.com',
        domainListReg: 'corp.contoso.com\\0emea.contoso.com',
        domainListPs: "'corp.contoso.com','emea.contoso.com'",
      },
    });
  });

  it('refuses shell characters and names the first one', () => {
    expect(refusal(validateDomainList('corp.contoso.com; del *'))).toBe(
      'A domain has only letters, digits, hyphens and dots; this contains "*".',
    );
    expect(refusal(validateDomainList('corp.contoso.com & calc'))).toMatch(/contains "&"\.$/);
    expect(refusal(validateDomainList('a.com\\0b.com'))).toMatch(/contains "\\"\.$/);
    expect(refusal(validateDomainList("corp.contoso.com'"))).toMatch(/contains "'"\.$/);
    expect(refusal(validateDomainList('münchen.contoso.com!'))).toMatch(/contains "!"\.$/);
  });

  it('refuses a name without a dot, and bad names with the rule they break', () => {
    expect(refusal(validateDomainList('corp.contoso.com del'))).toBe('"del" is a single name without a dot: type each full DNS domain, e.g. corp.contoso.com.');
    expect(refusal(validateDomainList('corp..contoso.com'))).toBe('The domain "corp..contoso.com" cannot have two dots in a row or start with a dot.');
    expect(refusal(validateDomainList('-corp.contoso.com'))).toMatch(/cannot start or end with a hyphen \("-corp"\)/);
    expect(refusal(validateDomainList('10.0.0.1'))).toMatch(/looks like an IP address/);
  });

  it('refuses an empty list and an overlong one', () => {
    expect(refusal(validateDomainList('   '))).toMatch(/^Type at least one DNS domain/);
    expect(refusal(validateDomainList(' ; , '))).toMatch(/^Type at least one DNS domain/);
    const many = Array.from({ length: 21 }, (_, i) => `z${i}.contoso.com`).join(' ');
    expect(refusal(validateDomainList(many))).toMatch(/21 domains/);
  });

  it('its samples are valid', () => {
    for (const s of field.samples) expect(field.validate(s, {}).ok).toBe(true);
  });
});

describe('taskName', () => {
  it('takes a name with spaces, digits and . _ - ( )', () => {
    expect(validateTaskName('  Activate Windows (nightly)_v2.1 ')).toEqual({ ok: true, value: 'Activate Windows (nightly)_v2.1' });
  });

  it('refuses quotes and shell characters, and a folder path, saying why', () => {
    expect(refusal(validateTaskName('Nightly & calc'))).toMatch(/contains "&"\./);
    expect(refusal(validateTaskName('Nightly" & calc'))).toMatch(/contains """/);
    expect(refusal(validateTaskName("it's"))).toMatch(/contains "'"/);
    expect(refusal(validateTaskName('$(calc)'))).toMatch(/contains "\$"/);
    expect(refusal(validateTaskName('\\Folder\\Task'))).toMatch(/without the folder/);
    expect(refusal(validateTaskName(''))).toMatch(/Name column/);
  });
});

describe('computerName', () => {
  it('takes a host name or an IPv4 address', () => {
    expect(validateComputerName('PC042')).toEqual({ ok: true, value: 'pc042' });
    expect(validateComputerName('10.1.2.3')).toEqual({ ok: true, value: '10.1.2.3' });
  });

  it('refuses anything else, naming the character', () => {
    expect(refusal(validateComputerName('pc042 & calc'))).toMatch(/contains a space/);
    expect(refusal(validateComputerName('pc042;calc'))).toMatch(/contains ";"/);
  });
});
