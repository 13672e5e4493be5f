// A DNS server given with a port is one line: text after a line break is not taken as part of it
// (nor quietly dropped), so nothing but the validated address and port reaches the resolver.

import { describe, expect, it } from 'vitest';
import { checkDnsServer } from '../../src/checks/check-input.js';

describe('--dns-server with a line break after the port', () => {
  it('is refused, and the same value on one line is taken', () => {
    expect(checkDnsServer('10.0.0.10:53\nrm -rf /').ok).toBe(false);
    expect(checkDnsServer('10.0.0.10:53')).toEqual({ ok: true, value: '10.0.0.10:53' });
  });
});
