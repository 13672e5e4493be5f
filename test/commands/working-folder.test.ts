import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workingFolder } from '../../src/commands/working-folder.js';

const where = mkdtempSync(join(tmpdir(), 'kms-where-'));
const clone = mkdtempSync(join(tmpdir(), 'kms-clone-'));
afterAll(() => {
  rmSync(where, { recursive: true, force: true });
  rmSync(clone, { recursive: true, force: true });
});

describe('the folder the technician was in', () => {
  it('is INIT_CWD under npm start, not the clone npm runs the bin from', () => {
    expect(workingFolder({ INIT_CWD: where }, clone)).toBe(where);
  });

  it('is the current folder without npm', () => {
    expect(workingFolder({}, clone)).toBe(clone);
  });

  it('is the current folder when INIT_CWD is gone, relative, or not a folder', () => {
    expect(workingFolder({ INIT_CWD: join(where, 'gone') }, clone)).toBe(clone);
    expect(workingFolder({ INIT_CWD: 'relative/path' }, clone)).toBe(clone);
    expect(workingFolder({ INIT_CWD: '' }, clone)).toBe(clone);
  });
});
