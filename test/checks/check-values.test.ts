// The values `kms-doctor check` takes that the wizard has no field for, each case with its
// answer written out: a DNS server with a port (in brackets for IPv6), and the time limit per
// step, at and past its ends (0.1 and 60 seconds).

import { describe, expect, it } from 'vitest';
import { checkDnsServer, checkDomain, checkHost, checkTimeout } from '../../src/checks/check-input.js';

const NOT_A_NAME = (name: string) => `The DNS server must be given by its address (such as 10.0.0.10), not by its name: ${name} would need a DNS server to be found.`;

describe('--dns-server', () => {
  it.each([
    [' 10.0.0.10 ', '10.0.0.10'], ['10.0.0.10:53', '10.0.0.10:53'], [' 10.0.0.10:5353 ', '10.0.0.10:5353'], ['[fd00::53]', 'fd00::53'],
    ['[fd00::53]:5353', '[fd00::53]:5353'], [' [fd00::53]:5353 ', '[fd00::53]:5353'], ['fd00::53', 'fd00::53'],
  ])('%j → %j', (raw, server) => {
    expect(checkDnsServer(raw)).toEqual({ ok: true, value: server });
  });

  it.each([
    ['dns.corp.test', NOT_A_NAME('dns.corp.test')],
    ['DNS.corp.test:53', NOT_A_NAME('dns.corp.test')],
    ['x10.0.0.10:53', NOT_A_NAME('x10.0.0.10')],
    ['x[fd00::53]', 'The DNS server name may contain only letters, digits, hyphens and dots, but this contains "[".'],
    ['[fd00::53]x', 'The DNS server name may contain only letters, digits, hyphens and dots, but this contains "[".'],
    ['[fd00::53]53', 'The DNS server name may contain only letters, digits, hyphens and dots, but this contains "[".'],
    ['10.0.0.10:65536', "The DNS server's port must be from 1 to 65535; 65536 is out of range."],
    ['10.0.0.10:0', "The DNS server's port must be from 1 to 65535; 0 is out of range."],
    ['10.0.0.10:53x', 'The DNS server\'s port must be a whole number from 1 to 65535; "53x" is not.'],
    ['[fd00::53]:x', 'The DNS server\'s port must be a whole number from 1 to 65535; "x" is not.'],
  ])('%j is refused: %s', (raw, message) => {
    expect(checkDnsServer(raw)).toEqual({ ok: false, message });
  });
});

describe('--timeout', () => {
  it.each([['0.1', 0.1], ['60', 60], [' 3 ', 3], ['3.25', 3.25], ['12', 12], ['0.25', 0.25]])('%j → %d seconds', (raw, seconds) => {
    expect(checkTimeout(raw)).toEqual({ ok: true, value: seconds });
  });

  it.each([
    ['0.09', 'The timeout must be from 0.1 to 60 seconds; 0.09 is out of range.'],
    ['0', 'The timeout must be from 0.1 to 60 seconds; 0 is out of range.'],
    ['60.1', 'The timeout must be from 0.1 to 60 seconds; 60.1 is out of range.'],
    ['x3', 'The timeout is a number of seconds, such as 3 or 0.5; "x3" is not.'],
    ['3x', 'The timeout is a number of seconds, such as 3 or 0.5; "3x" is not.'],
    ['.5', 'The timeout is a number of seconds, such as 3 or 0.5; ".5" is not.'],
    ['1.', 'The timeout is a number of seconds, such as 3 or 0.5; "1." is not.'],
  ])('%j is refused: %s', (raw, message) => {
    expect(checkTimeout(raw)).toEqual({ ok: false, message });
  });
});

describe('--domain and --host', () => {
  it('a domain is named "A DNS domain" in its refusals', () => {
    expect(checkDomain('Corp.Test')).toEqual({ ok: true, value: 'corp.test' });
    expect(checkDomain('corp..test')).toEqual({ ok: false, message: 'A DNS domain cannot have two dots in a row or start with a dot.' });
  });

  it('a host without a port gets 1688', () => {
    expect(checkHost('kms01')).toEqual({ ok: true, value: { host: 'kms01', port: 1688 } });
    expect(checkHost('kms01:1700')).toEqual({ ok: true, value: { host: 'kms01', port: 1700 } });
  });
});
