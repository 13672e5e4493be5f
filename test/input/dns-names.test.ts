// The DNS validators and fields: what they accept, what they set, and that every refusal says
// exactly what is wrong.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  describeBadCharacters, domainOfHost, ttlTimeSpan, validateDnsNameStrict, validateDnsServer, validateIpAddress,
  validateSrvTarget, validateTtl,
} from '../../src/input/dns-names.js';
import { fieldSpec } from '../../src/input/fields.js';

const message = (v: { ok: boolean; message?: string }) => (v.ok ? '' : v.message!);

describe('describeBadCharacters', () => {
  it('names every distinct bad character once, in order', () => {
    expect(describeBadCharacters('corp.contoso.com; del *', /[a-z0-9.-]/)).toBe('";", a space and "*"');
    expect(describeBadCharacters('kms01 & calc', /[a-z0-9.-]/)).toBe('a space and "&"');
    expect(describeBadCharacters('a|b', /[a-z]/)).toBe('"|"');
    expect(describeBadCharacters('ok', /[a-z]/)).toBeUndefined();
  });

  it('shows the code point of look-alike letters', () => {
    expect(describeBadCharacters('kmsé', /[a-z]/)).toBe('"é" (U+00E9)');
  });
});

describe('validateDnsNameStrict', () => {
  it('accepts RFC 1123 names, lower-cased, without a trailing dot', () => {
    expect(validateDnsNameStrict(' Corp.Contoso.COM. ', 'The zone')).toEqual({ ok: true, value: 'corp.contoso.com' });
    expect(validateDnsNameStrict('xn--bcher-kva.example', 'The zone').ok).toBe(true);
  });

  it('refuses shell characters and names all of them', () => {
    const m = message(validateDnsNameStrict('corp.contoso.com; del *', 'The DNS domain'));
    expect(m).toBe('The DNS domain may contain only letters, digits, hyphens and dots, but this contains ";", a space and "*".');
  });

  it('says what is wrong with the shape of a name', () => {
    expect(message(validateDnsNameStrict('', 'The zone'))).toBe('The zone cannot be empty.');
    expect(message(validateDnsNameStrict('corp..com', 'The zone'))).toMatch(/two dots in a row/);
    expect(message(validateDnsNameStrict('-corp.com', 'The zone'))).toMatch(/cannot start or end with a hyphen \("-corp"\)/);
    expect(message(validateDnsNameStrict(`${'a'.repeat(64)}.com`, 'The zone'))).toMatch(/at most 63 characters/);
    expect(message(validateDnsNameStrict(`${'a.'.repeat(127)}com`, 'The zone'))).toMatch(/at most 253 characters/);
    expect(message(validateDnsNameStrict('10.0.0.1', 'The zone'))).toMatch(/is an IP address/);
  });

  it('tells the technician not to type the _vlmcs._tcp part', () => {
    expect(message(validateDnsNameStrict('_vlmcs._tcp.corp.contoso.com', 'The zone'))).toBe(
      'Type the zone only ("corp.contoso.com"), without "_vlmcs._tcp.": kms-doctor adds that part itself.',
    );
  });

  it('lets nothing through that a shell or a zone file would read specially', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const v = validateDnsNameStrict(s, 'The zone');
      return !v.ok || /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(v.value);
    }), { numRuns: 500 });
  });
});

describe('validateSrvTarget', () => {
  it('accepts a full host name', () => {
    expect(validateSrvTarget('KMS01.corp.contoso.com.')).toEqual({ ok: true, value: 'kms01.corp.contoso.com' });
  });

  it('refuses an IP address, because SRV targets cannot be addresses', () => {
    for (const ip of ['10.0.0.21', '10.0.0.21:1688', 'fe80::1', '[fe80::1]:1688']) {
      expect(message(validateSrvTarget(ip)), ip).toMatch(/must point at a host name, not an IP address \(SRV targets cannot be addresses\)/);
    }
  });

  it('refuses a port after the name, a short name and shell characters', () => {
    expect(message(validateSrvTarget('kms01.corp.contoso.com:1688'))).toBe('Type the name only, without ":1688": the port is asked separately.');
    expect(message(validateSrvTarget('kms01'))).toMatch(/"kms01" is a short name\. Type the full name with its domain \(e\.g\. kms01\.corp\.contoso\.com\)/);
    expect(message(validateSrvTarget('kms01 & calc'))).toBe('The KMS host name may contain only letters, digits, hyphens and dots, but this contains a space and "&".');
  });
});

describe('validateDnsServer', () => {
  it('accepts addresses as ipconfig shows them, and names', () => {
    expect(validateDnsServer('10.0.0.10')).toEqual({ ok: true, value: '10.0.0.10' });
    expect(validateDnsServer('fe80::1%12')).toEqual({ ok: true, value: 'fe80::1', note: 'Left out the zone "%12": the command takes the address alone.' });
    expect(validateDnsServer('DC01.corp.contoso.com')).toEqual({ ok: true, value: 'dc01.corp.contoso.com' });
  });

  it('refuses a port and shell characters', () => {
    expect(message(validateDnsServer('10.0.0.10:53'))).toMatch(/without a port/);
    expect(message(validateDnsServer('10.0.0.10 & calc'))).toMatch(/contains a space and "&"/);
    expect(message(validateDnsServer(''))).toMatch(/cannot be empty/);
  });
});

describe('validateIpAddress', () => {
  it('accepts IPv4 and IPv6 addresses only', () => {
    expect(validateIpAddress('10.0.0.21', 'The address')).toEqual({ ok: true, value: '10.0.0.21' });
    expect(validateIpAddress('2001:DB8::21', 'The address')).toEqual({ ok: true, value: '2001:db8::21' });
    expect(message(validateIpAddress('kms01.corp.contoso.com', 'The address'))).toBe(
      '"kms01.corp.contoso.com" is a name, but the address must be an IP address such as 10.0.0.21.',
    );
    expect(message(validateIpAddress('10.0.0.256', 'The address'))).toMatch(/not a valid IPv4 or IPv6 address/);
    expect(message(validateIpAddress('10.0.0.21; any', 'The address'))).toMatch(/";", a space/);
  });
});

describe('validateTtl and ttlTimeSpan', () => {
  it('accepts whole seconds from one minute to one week', () => {
    expect(validateTtl('3600')).toEqual({ ok: true, value: 3600 });
    expect(validateTtl('60').ok).toBe(true);
    expect(validateTtl('604800').ok).toBe(true);
  });

  it('refuses other units and values out of range, saying why', () => {
    expect(message(validateTtl('1h'))).toBe('Type the TTL as a number of seconds (3600 is one hour, 86400 one day); "1h" is not a number of seconds.');
    expect(message(validateTtl('10'))).toBe('The TTL must be from 60 seconds (one minute) to 604800 (one week); 10 is out of that range.');
    expect(message(validateTtl('604801'))).toMatch(/604801 is out of that range/);
  });

  it('writes a TimeSpan PowerShell reads', () => {
    expect(ttlTimeSpan(3600)).toBe('01:00:00');
    expect(ttlTimeSpan(90)).toBe('00:01:30');
    expect(ttlTimeSpan(86400)).toBe('1.00:00:00');
    expect(ttlTimeSpan(604800)).toBe('7.00:00:00');
  });
});

describe('the dns fields', () => {
  it('kmsHostFqdn fills what slmgr /skms and the port flow use, keeping a port already given', () => {
    expect(fieldSpec('kmsHostFqdn').validate('kms01.corp.contoso.com', { port: 1689 })).toEqual({
      ok: true,
      value: {
        kmsHostFqdn: 'kms01.corp.contoso.com', kmsHost: 'kms01.corp.contoso.com', port: 1689,
        kmsHostPort: 'kms01.corp.contoso.com:1689', kmsHostDomain: 'corp.contoso.com',
      },
    });
    expect(domainOfHost('kms01.emea.corp.contoso.com')).toBe('emea.corp.contoso.com');
  });

  it('ttl also gives the TimeSpan for Add-DnsServerResourceRecord', () => {
    expect(fieldSpec('ttl').validate('7200', {})).toEqual({ ok: true, value: { ttl: 7200, ttlSpan: '02:00:00' } });
  });

  it('every sample is accepted', () => {
    for (const name of ['zone', 'kmsHostFqdn', 'ttl', 'dnsServer', 'kmsHostIp']) {
      for (const sample of fieldSpec(name).samples) expect(fieldSpec(name).validate(sample, {}).ok, `${name} ${sample}`).toBe(true);
    }
  });
});
