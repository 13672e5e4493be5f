// The Windows leg compares a path as a path: Wine's Z: form, its JSON escape and the Linux form
// of the same path are equal; a different path, or the same one with other text around it, is not.

import { describe, expect, it } from 'vitest';
import { pathsWrittenOneWay } from '../../.ci/windows-paths.mjs';

const same = pathsWrittenOneWay([
  ['/tmp/kms-windows-compare-42/scratch', '{scratch}'],
  ['/tmp/tmp.Ab12/kms-doctor', '{root}'],
]);

describe('paths written one way', () => {
  it.each([
    ['Wrote /tmp/kms-windows-compare-42/scratch/collect.ps1. Run it', 'Wrote Z:\\tmp\\kms-windows-compare-42\\scratch\\collect.ps1. Run it'],
    ['{"file":"/tmp/tmp.Ab12/kms-doctor/test/x.txt"}', '{"file":"Z:\\\\tmp\\\\tmp.Ab12\\\\kms-doctor\\\\test\\\\x.txt"}'],
    ['cannot read /tmp/tmp.Ab12/kms-doctor/a b.txt', 'cannot read z:\\tmp\\tmp.Ab12\\kms-doctor\\a b.txt'],
    ['Read 15 files in test/fixtures/samples', 'Read 15 files in test\\fixtures\\samples'],
  ])('%s is the same as %s', (linux, windows) => {
    expect(same(windows)).toBe(same(linux));
  });

  it.each([
    ['another folder', '/tmp/tmp.Ab12/kms-doctor/test/x.txt', 'Z:\\tmp\\tmp.Ab12\\kms-doctor\\test\\y.txt'],
    ['another drive', '/tmp/tmp.Ab12/kms-doctor/x', 'C:\\tmp\\tmp.Ab12\\kms-doctor\\x'],
    ['other words around it', 'Wrote /tmp/tmp.Ab12/kms-doctor/x.', 'Wrote Z:\\tmp\\tmp.Ab12\\kms-doctor\\x!'],
    ['a backslash that is no path', 'REM C:\\Windows\\System32', 'REM C:/Windows/System32'],
  ])('%s differs', (_name, linux, windows) => {
    expect(same(windows)).not.toBe(same(linux));
  });
});
