import { describe, expect, it } from 'vitest';
import { splitTypedEnter } from '../../src/wizard/components/InputView.js';

describe('splitTypedEnter', () => {
  it('treats text ending in its only line break as typing followed by Enter', () => {
    expect(splitTypedEnter('0xC004F074\r')).toEqual({ draft: '0xC004F074', submit: true });
    expect(splitTypedEnter('kms01\r\n')).toEqual({ draft: 'kms01', submit: true });
  });

  it('keeps a pasted block as one line of text, not submitted', () => {
    const paste = 'Microsoft (R) Windows Script Host\r\nError: 0xC004F074 The Software\r\nLicensing Service reported\r\n';
    const r = splitTypedEnter(paste);
    expect(r.submit).toBe(false);
    expect(r.draft).not.toMatch(/[\r\n]/);
    expect(r.draft).toContain('Error: 0xC004F074');
  });

  it('leaves plain typing alone', () => {
    expect(splitTypedEnter('corp.contoso')).toEqual({ draft: 'corp.contoso', submit: false });
  });
});
