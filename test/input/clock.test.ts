// Reading a clock difference: pasted w32tm /stripchart output (both sample formats), offsets
// typed by hand, UTC times read on each machine, and what is refused.

import { describe, expect, it } from 'vitest';
import {
  SKEW_LIMIT_SECONDS, beyondLimit, describeSkew, formatDuration, median, parseOffset, parseStripchart,
  parseUtcTime, readClockDifference, readingFromTimes, skewAnswers, timeDifference,
} from '../../src/input/clock.js';
import { capture as sample } from '../support/fixtures.js';

/** How the wizard's input field receives a pasted block: line breaks folded to spaces. */
const folded = (text: string) => text.replace(/[\r\n]+/g, ' ');

const value = <T>(v: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!v.ok) throw new Error(`refused: ${v.message}`);
  return v.value;
};
const message = (v: { ok: boolean; message?: string }): string => {
  if (v.ok) throw new Error('accepted');
  return v.message!;
};

describe('w32tm /stripchart output', () => {
  it('reads the /dataonly sample (three offsets, the date line ignored)', () => {
    const chart = parseStripchart(sample('w32tm-stripchart-dataonly-1.txt'));
    expect(chart.offsets).toEqual([0.1439319, 0.1189082, 0.0932805]);
    expect(chart.errors).toEqual([]);
  });

  it('reads the o: offset of the full sample, not its d: delay', () => {
    expect(parseStripchart(sample('w32tm-stripchart-offset-1.txt')).offsets).toEqual([600.0106644, 600.0107934]);
  });

  it('takes the middle sample, as a client minus host difference (w32tm\'s sign reversed)', () => {
    const r = value(readClockDifference(sample('w32tm-stripchart-dataonly-1.txt')));
    expect(r.seconds).toBeCloseTo(-0.1189082, 7);
    expect(r.direction).toBe('behind');
    expect(r.source).toBe('the median of 3 w32tm samples');
  });

  it('reads a block pasted into the one-line field (line breaks became spaces)', () => {
    const r = value(readClockDifference(folded(sample('w32tm-stripchart-offset-1.txt'))));
    expect(r.seconds).toBeCloseTo(-600.01073, 4);
    expect(describeSkew(r)).toBe('The client is 10 min behind the KMS host');
    expect(beyondLimit(r.seconds)).toBe(false);
  });

  it('reads a 12-hour offset with a negative sign (client ahead)', () => {
    const block = '06:39:15, -43149.7350583s 06:39:17, -43149.7349657s 06:39:19, -43149.7347674s';
    const r = value(readClockDifference(block));
    expect(r.direction).toBe('ahead');
    expect(formatDuration(r.seconds)).toBe('11 h 59 min');
    expect(beyondLimit(r.seconds)).toBe(true);
  });

  it('reads a decimal comma (some locales)', () => {
    expect(parseStripchart('14:22:58, +00,1439319s').offsets).toEqual([0.1439319]);
  });

  it('ignores error samples when others answered, and refuses output with only errors', () => {
    const mixed = value(readClockDifference('14:22:58, error: 0x800705B4 14:23:00, +05.0000000s'));
    expect(mixed.seconds).toBe(-5);
    const m = message(readClockDifference('Tracking kms01 [10.0.0.5:123]. Collecting 3 samples. 14:22:58, error: 0x800705B4'));
    expect(m).toContain('0x800705B4');
    expect(m).toContain('UDP 123');
    expect(m).toContain('client first');
  });

  it('refuses the header without samples and says which lines to paste', () => {
    expect(message(readClockDifference('Tracking kms01 [10.0.0.5:123]. Collecting 3 samples.'))).toContain('The current time is');
  });
});

describe('offsets typed by hand', () => {
  it.each([
    ['600', 600, false],
    ['600s', 600, false],
    ['+600.0106644s', 600.0106644, true],
    ['-3.5s', -3.5, true],
    ['-3,5 s', -3.5, true],
    ['+4h', 14400, true],
    ['5h 12min', 18720, false],
    ['5h12m', 18720, false],
    ['5 hours and 12 minutes', 18720, false],
    ['90 min', 5400, false],
    ['1.5 h', 5400, false],
    ['1 day', 86400, false],
    ['2:30:00', 9000, false],
    ['-2:30', -9000, true],
    ['0:00:42.5', 42.5, false],
  ])('%s is %d s', (raw, seconds, signed) => {
    expect(value(parseOffset(raw))).toEqual({ seconds, signed });
  });

  it.each([
    ['five hours', 'not an offset'],
    ['5 12', 'has no unit'],
    ['5 weeks', '"weeks" is not a unit'],
    ['+', 'Type the offset'],
    ['12:75', 'not an offset'],
  ])('refuses %s', (raw, text) => {
    expect(message(parseOffset(raw))).toContain(text);
  });

  it('reads no direction from a typed sign: "client 5 h behind" typed as -5h must not say "ahead"', () => {
    expect(value(readClockDifference('+4h 1min')).direction).toBe('apart');
    expect(value(readClockDifference('-5h 12min')).direction).toBe('apart');
    expect(describeSkew(value(readClockDifference('-5h')))).not.toMatch(/ahead|behind/);
    const unsigned = value(readClockDifference('5h 12min'));
    expect(unsigned.direction).toBe('apart');
    expect(describeSkew(unsigned)).toBe("The client's and the KMS host's clocks are 5 h 12 min apart");
  });
});

describe('UTC times', () => {
  it('reads what (Get-Date).ToUniversalTime().ToString(\'u\') prints', () => {
    const t = value(parseUtcTime('2026-11-23 14:22:58Z'));
    expect(t).toEqual({ seconds: Date.UTC(2026, 10, 23, 14, 22, 58) / 1000, hasDate: true, text: '2026-11-23 14:22:58Z' });
  });

  it.each([
    ['2026-11-23T14:22:58Z', '2026-11-23 14:22:58Z'],
    ['2026-11-23 14:22:58', '2026-11-23 14:22:58Z'],
    ['2026-11-23 14:22', '2026-11-23 14:22:00Z'],
    ['2026-11-23 2:22:58 PM', '2026-11-23 14:22:58Z'],
    ['2026-11-23 15:22:58+01:00', '2026-11-23 14:22:58Z'],
    ['2026-11-24 01:00:00+11:00', '2026-11-23 14:00:00Z'],
    ['14:22:58', '14:22:58'],
    ['14:22:58 UTC', '14:22:58'],
  ])('%s is %s', (raw, text) => {
    expect(value(parseUtcTime(raw)).text).toBe(text);
  });

  it.each([
    ['23/11/2026 14:22:58', 'year-month-day'],
    ['yesterday', 'not a time'],
    ['2026-02-30 10:00:00Z', 'not a date'],
    ['2026-11-23 25:61:00Z', 'not a time of day'],
    ['', 'cannot be empty'],
  ])('refuses %s', (raw, text) => {
    expect(message(parseUtcTime(raw))).toContain(text);
  });

  it('computes client minus host, across midnight and dates', () => {
    const t = (s: string) => value(parseUtcTime(s));
    expect(timeDifference(t('2026-11-23 19:35:10Z'), t('2026-11-23 14:23:10Z'))).toBe(18720);
    expect(timeDifference(t('2026-11-24 00:10:00Z'), t('2026-11-23 23:50:00Z'))).toBe(1200);
    // Times of day alone: the shorter way round midnight.
    expect(timeDifference(t('00:10:00'), t('23:50:00'))).toBe(1200);
    expect(timeDifference(t('09:10:58'), t('14:22:58'))).toBe(-18720);
  });

  it('reads both times from one answer, client first', () => {
    const r = value(readClockDifference('2026-11-23 19:35:10Z 2026-11-23 14:23:10Z'));
    expect(describeSkew(r)).toBe('The client is 5 h 12 min ahead of the KMS host');
    expect(value(readClockDifference('14:22:58 and 19:35:10')).direction).toBe('behind');
    expect(message(readClockDifference('2026-11-23 14:22:58Z'))).toContain('That is one time');
  });

  it('reads two times right after reading one (no regex state carried over)', () => {
    value(parseUtcTime('2026-11-23 14:22:58Z'));
    expect(value(readClockDifference('2026-11-23 19:35:10Z 2026-11-23 14:23:10Z')).seconds).toBe(18720);
  });

  it('computes the reading of two separately typed times', () => {
    const r = readingFromTimes(value(parseUtcTime('2026-11-23 14:22:58Z')), value(parseUtcTime('2026-11-23 09:10:58Z')));
    expect(skewAnswers(r)).toEqual({
      clockOffset: '5 h 12 min',
      skewSeconds: 18720,
      skewDirection: 'ahead',
      skewText: 'The client is 5 h 12 min ahead of the KMS host',
      skewSource: 'the two UTC times',
    });
  });
});

describe('saying it', () => {
  it.each([
    [0.1439, '0.1 s'],
    [3.5, '3.5 s'],
    [42.4, '42 s'],
    [600.01, '10 min'],
    [630, '10 min 30 s'],
    [14400, '4 h'],
    [18720, '5 h 12 min'],
    [-18720, '5 h 12 min'],
    [3 * 86400 + 7200, '3 days 2 h'],
  ])('%d s is %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('calls more than 4 hours too far, exactly 4 hours not', () => {
    expect(SKEW_LIMIT_SECONDS).toBe(14400);
    expect(beyondLimit(14400)).toBe(false);
    expect(beyondLimit(-14401)).toBe(true);
  });

  it('takes the median of an even number of samples as the mean of the middle two', () => {
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });

  it('refuses garbage with the forms it accepts', () => {
    const m = message(readClockDifference('kms01 & calc'));
    expect(m).toContain('600, -3.5s');
    expect(m).toContain('stripchart');
  });
});
