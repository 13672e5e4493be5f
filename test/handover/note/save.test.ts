import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillResolution } from '../../../src/handover/resolution.js';
import { recordFromSession, type SessionRecord } from '../../../src/handover/note/record.js';
import { noteFileName, saveNote } from '../../../src/handover/note/save.js';
import { dnsPublishingOff } from './sessions.js';
import { refusing, scratchFolders } from '../../support/note-folders.js';

const NOW = new Date(2025, 2, 4, 5, 6); // 4 March 2025, 05:06 local time
// Made in each test: under Stryker, code run while the tests are collected fails no test.
const record = () => recordFromSession(dnsPublishingOff())!;
const topicOnly = (): SessionRecord => ({
  topic: 'key-lookup',
  path: [],
  values: {},
  resolution: fillResolution({ title: 'T', cause: 'C', steps: [], commands: [], verify: [] }, {}, 'both'),
});

const scratch = scratchFolders('kms-doctor-note-');


describe('the file name', () => {
  it('is kms-doctor-<code>-<YYYYMMDD-HHMM>.md, or the topic when there is no code', () => {
    expect(noteFileName(record(), NOW)).toBe('kms-doctor-0x8007232B-20250304-0506.md');
    expect(noteFileName(topicOnly(), NOW)).toBe('kms-doctor-key-lookup-20250304-0506.md');
    expect(noteFileName(record(), NOW, 3)).toBe('kms-doctor-0x8007232B-20250304-0506-3.md');
  });
});

describe('saving', () => {
  it('writes the note in the folder given and returns its full path', async () => {
    const dir = scratch();
    const result = await saveNote(record(), { dir, now: NOW });
    expect(result).toEqual({ ok: true, path: join(dir, 'kms-doctor-0x8007232B-20250304-0506.md') });
    const text = readFileSync(join(dir, 'kms-doctor-0x8007232B-20250304-0506.md'), 'utf8');
    expect(text).toContain('corp.contoso.com');
    expect(text).toContain('kms01.corp.contoso.com');
  });

  it('never overwrites: the same minute again gets -2, then -3', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'kms-doctor-0x8007232B-20250304-0506.md'), 'an earlier note');
    const second = await saveNote(record(), { dir, now: NOW });
    const third = await saveNote(record(), { dir, now: NOW });
    expect(second).toEqual({ ok: true, path: join(dir, 'kms-doctor-0x8007232B-20250304-0506-2.md') });
    expect(third).toEqual({ ok: true, path: join(dir, 'kms-doctor-0x8007232B-20250304-0506-3.md') });
    expect(readFileSync(join(dir, 'kms-doctor-0x8007232B-20250304-0506.md'), 'utf8')).toBe('an earlier note');
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('says clearly that a folder that does not exist was not written', async () => {
    const dir = join(scratch(), 'missing');
    const result = await saveNote(record(), { dir, now: NOW });
    expect(result).toEqual({ ok: false, message: `The note was not saved: ${dir} does not exist. Use --out DIR to save it in another folder.` });
  });

  it('says clearly that a file is not a folder', async () => {
    const file = join(scratch(), 'a-file');
    writeFileSync(file, '');
    const result = await saveNote(record(), { dir: file, now: NOW });
    expect(result).toEqual({ ok: false, message: `The note was not saved: ${file} is not a folder. Use --out DIR to save it in another folder.` });
  });

  it.each([
    ['EACCES', 'may not be written to (permission denied)'],
    ['EPERM', 'may not be written to (permission denied)'],
    ['EROFS', 'is on a read-only disk'],
    ['EIO', 'could not be written (EIO)'],
  ])('says clearly that the folder cannot be written (%s), without throwing', async (code, words) => {
    // The folder is named as saveNote resolved it: /srv/tickets here, Z:\\srv\\tickets or the like on Windows.
    const result = await saveNote(record(), { dir: '/srv/tickets', now: NOW, folder: refusing(code) });
    expect(result).toEqual({ ok: false, message: `The note was not saved: ${resolve('/srv/tickets')} ${words}. Use --out DIR to save it in another folder.` });
  });
});
