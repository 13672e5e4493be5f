// When a run may go without pwsh: never in CI, unless the leg says why (the Windows leg under
// Wine has no Windows pwsh; the Linux leg checks the same texts).

import { describe, expect, it } from 'vitest';
import { findPwsh, inCi, pwshExcused } from './find-pwsh.js';

describe('a run without pwsh', () => {
  it('CI=true or CI=1 is CI; anything else is not', () => {
    expect(inCi({ CI: 'true' })).toBe(true);
    expect(inCi({ CI: '1' })).toBe(true);
    expect(inCi({ CI: 'false' })).toBe(false);
    expect(inCi({})).toBe(false);
  });

  it('is excused only by a reason in KMS_DOCTOR_NO_PWSH, and that reason is what the skip line says', () => {
    expect(pwshExcused({})).toBeUndefined();
    expect(pwshExcused({ KMS_DOCTOR_NO_PWSH: '  ' })).toBeUndefined();
    expect(pwshExcused({ KMS_DOCTOR_NO_PWSH: 'the Windows leg runs under Wine' })).toBe('the Windows leg runs under Wine');
  });

  it('KMS_DOCTOR_PWSH naming no file finds none (an explicit choice is never replaced by another pwsh)', () => {
    expect(findPwsh({ KMS_DOCTOR_PWSH: '/no/such/pwsh', PATH: '' })).toBeUndefined();
  });
});
