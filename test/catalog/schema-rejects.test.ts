// The schema refuses what would break the wizard.

import { describe, expect, it } from 'vitest';
import { errorCatalogSchema, setupKeyCatalogSchema } from '../../src/catalog/schema.js';
import { getCatalog } from '../../src/catalog/catalog.js';
import { getHostCompat } from '../../src/catalog/host-compat.js';
import { SHIPPED_DATA, validateData } from '../../src/catalog/validate-data.js';

const goodEntry = () => structuredClone(getCatalog().errors[0]!);
const goodKey = () => structuredClone(getCatalog().keys[0]!);

describe('schema', () => {
  it('accepts the shipped data', () => {
    expect(errorCatalogSchema.safeParse(getCatalog().errors).success).toBe(true);
    expect(setupKeyCatalogSchema.safeParse(getCatalog().keys).success).toBe(true);
  });

  it('refuses a duplicate code', () => {
    expect(errorCatalogSchema.safeParse([goodEntry(), goodEntry()]).success).toBe(false);
  });

  it('refuses a code not in canonical form', () => {
    expect(errorCatalogSchema.safeParse([{ ...goodEntry(), code: '0xc004f074' }]).success).toBe(false);
  });

  it('refuses a flow that does not exist', () => {
    expect(errorCatalogSchema.safeParse([{ ...goodEntry(), flow: 'no-such-flow' }]).success).toBe(false);
  });

  it('refuses a command split over two lines', () => {
    const e = goodEntry();
    e.commands = [{ purpose: 'x', shell: 'cmd', where: 'client', elevated: false, changes: false, text: 'slmgr\n/ato' }];
    expect(errorCatalogSchema.safeParse([e]).success).toBe(false);
  });

  it('refuses an entry that does not say how to check it worked', () => {
    const { verify: _dropped, ...withoutVerify } = goodEntry();
    expect(errorCatalogSchema.safeParse([withoutVerify]).success).toBe(false);
    expect(errorCatalogSchema.safeParse([{ ...goodEntry(), verify: [] }]).success).toBe(false);
    expect(errorCatalogSchema.safeParse([{ ...goodEntry(), verify: [{ text: '' }] }]).success).toBe(false);
    expect(errorCatalogSchema.safeParse([{ ...goodEntry(), verify: [{ ref: 'port-open', expect: 'x' }] }]).success).toBe(false);
    expect(errorCatalogSchema.safeParse([{ ...goodEntry(), verify: [{ text: 'Look.', expect: 'It works.' }] }]).success).toBe(true);
  });

  it.each([
    ['a 4-character group', 'W269N-WFGWX-YVC9B-4J6C-T83GX'],
    ['a letter outside the alphabet', 'A269N-WFGWX-YVC9B-4J6C9-T83GX'],
    ['an en dash', 'W269N–WFGWX-YVC9B-4J6C9-T83GX'],
    ['lower case', 'w269n-wfgwx-yvc9b-4j6c9-t83gx'],
  ])('refuses a key with %s', (_what, key) => {
    expect(setupKeyCatalogSchema.safeParse([{ ...goodKey(), key }]).success).toBe(false);
  });
});

describe('the build-time check of data/ (validateData, run by scripts/build.mjs)', () => {
  const withErrors = (file: string, entries: unknown) => ({ ...SHIPPED_DATA, errorCodes: { ...SHIPPED_DATA.errorCodes, [file]: entries } });

  it('accepts the shipped data', () => {
    expect(() => validateData()).not.toThrow();
  });

  it('refuses a broken entry, naming the file and the field', () => {
    const broken = [{ ...goodEntry(), code: '0xc004f074' }];
    expect(() => validateData(withErrors('error-codes/docs.json', broken))).toThrow(/data\/error-codes\/docs\.json is not valid:\n {2}0\.code: /);
  });

  it('refuses a reference to a command the library does not have', () => {
    const broken = [{ ...goodEntry(), commands: [{ ref: 'no-such-command' }] }];
    expect(() => validateData(withErrors('error-codes/docs.json', broken))).toThrow(/unknown command "no-such-command"/);
  });

  it('refuses a broken setup key and a broken compatibility table', () => {
    const keys = { 'setup-keys.json': [{ ...goodKey(), key: 'nope' }] };
    expect(() => validateData({ ...SHIPPED_DATA, setupKeys: keys })).toThrow(/data\/setup-keys\.json is not valid:\n {2}0\.key: /);
    const compat = { 'kms-host-compat.json': { ...getHostCompat(), hosts: [] } };
    expect(() => validateData({ ...SHIPPED_DATA, hostCompat: compat })).toThrow(/data\/kms-host-compat\.json is not valid:\n {2}hosts: /);
  });

  it('refuses a command id defined in two files', () => {
    const commands = { ...SHIPPED_DATA.commands, 'commands/extra.json': { 'slmgr-dlv': getCatalog().commands['slmgr-dlv'] } };
    expect(() => validateData({ ...SHIPPED_DATA, commands })).toThrow(/data\/commands\/extra\.json: command id "slmgr-dlv" is defined twice/);
  });
});
