// `check` validates with the validators behind the wizard's fields, not the fields module
// itself (which would load the catalog). These tests hold the two together: what the
// wizard refuses, check refuses, with the same message. And `check` stays light.

import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { checkDnsServer, checkDomain, checkHost } from '../../src/checks/check-input.js';
import { fieldSpec } from '../../src/input/fields.js';

const TYPED = [
  'corp.contoso.com', 'Corp.Contoso.COM.', ' corp.contoso.com ', 'corp', 'kms01.corp.contoso.com:1700', 'kms01:0', 'kms01:65536',
  'corp.contoso.com; del *', 'corp$(reboot).com', 'cоrp.com' /* Cyrillic о */, 'a..b', '-corp.com', `${'a'.repeat(64)}.com`,
  '10.0.0.10', '10.0.0.10:1688', 'fd00::21', '[fd00::21]:1700', '[10.0.0.1]:53', '', '   ', '_vlmcs._tcp.corp.contoso.com', 'corp.contoso.com\n',
];

describe('check refuses what the wizard refuses, in the same words', () => {
  it.each(TYPED)('domain %j', (raw) => {
    const field = fieldSpec('domain').validate(raw, {});
    const check = checkDomain(raw);
    expect(check.ok ? { ok: true, value: { domain: check.value } } : check).toEqual(field);
  });

  it.each(TYPED)('host %j', (raw) => {
    const field = fieldSpec('kmsHost').validate(raw, {});
    const check = checkHost(raw);
    expect(check.ok ? { ok: true, host: check.value.host, port: check.value.port } : check)
      .toEqual(field.ok ? { ok: true, host: field.value.kmsHost, port: field.value.port } : field);
  });

  it.each(TYPED)('DNS server %j: accepted only if the wizard accepts its address', (raw) => {
    const check = checkDnsServer(raw);
    if (!check.ok) return expect(check.message.length).toBeGreaterThan(0);
    const address = check.value.replace(/^\[(.*)\]:\d+$/, '$1').replace(/^([^:]+):\d+$/, '$1');
    expect(fieldSpec('dnsServer').validate(address, {})).toEqual({ ok: true, value: { dnsServer: address } });
  });
});

describe('the check command is light', () => {
  it('loads neither Ink, React, XState nor the catalog', async () => {
    const result = await build({ entryPoints: ['src/commands/check.ts'], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('src/checks/run-check.ts'); // the check sees real imports
    expect(inputs.filter((p) => /node_modules\/(ink|react|xstate|zod)\/|src\/catalog\/|^data\//.test(p))).toEqual([]);
  });
});
