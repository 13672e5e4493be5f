// Typed fields of the network flows (port 1688, KMS count, clock skew, reaching the host).

import { hostPort, validateInteger } from './validate.js';
import { parseUtcTime, readClockDifference, skewAnswers } from './clock.js';
import { readKmsCount } from './kms-count.js';
import { NUMBER_MAX, PASTE_MAX, single, type FieldSpec } from './field-spec.js';
import { DIGIT_CHAR, HOST_PORT_CHAR, NUMBER_CHAR, UTC_TIME_CHAR, WORDS_CHAR } from './allowed.js';

/** A time as read off a screen, with room for a zone and blanks. */
const TIME_MAX = 64;

/** Fields the network flows ask for. */
export const NETWORK_FIELDS: Record<string, FieldSpec> = {
  kmsCount: {
    label: 'Current count (0–50)',
    example: '18',
    validate: (raw) => single('kmsCount', readKmsCount(raw)),
    // It reads a pasted slmgr /dli block for the "Current count" line.
    maxLength: PASTE_MAX,
    allowed: { kmsCount: DIGIT_CHAR },
    // Between 5 and 25 first: the graph test keeps the first answer that reaches the product
    // question, and 18 is below a client's 25 but enough for a server's 5. Then below 5, above 25.
    samples: ['18', '2', '30'],
  },
  listenPort: {
    label: 'Listening on Port',
    example: '1688',
    validate: (raw, answers) => {
      const v = validateInteger(raw, 1, 65535, 'The listening port');
      if (!v.ok) return v;
      const host = answers.kmsHost;
      return {
        ok: true,
        value: { listenPort: v.value, port: v.value, ...(typeof host === 'string' ? { kmsHostPort: hostPort(host, v.value) } : {}) },
      };
    },
    maxLength: NUMBER_MAX,
    allowed: { listenPort: DIGIT_CHAR, port: DIGIT_CHAR, kmsHostPort: HOST_PORT_CHAR },
    // The port tested by default, and another one.
    samples: ['1688', '1700'],
  },
  clockOffset: {
    label: 'Offset',
    example: '14:22:58, +00.1439319s (or 5h 12min)',
    validate: (raw) => {
      const r = readClockDifference(raw);
      return r.ok ? { ok: true, value: skewAnswers(r.value) } : r;
    },
    // It reads a pasted w32tm /stripchart block.
    maxLength: PASTE_MAX,
    allowed: { clockOffset: WORDS_CHAR, skewSeconds: NUMBER_CHAR, skewDirection: WORDS_CHAR, skewText: WORDS_CHAR, skewSource: WORDS_CHAR },
    // Within 4 hours (a pasted /dataonly block), over 4 hours (typed), and two UTC times.
    samples: [
      'Tracking kms01.corp.contoso.com [10.0.0.5:123]. Collecting 3 samples. 14:22:58, +00.1439319s 14:23:00, +00.1189082s 14:23:02, +00.0932805s',
      '-5h 12min',
      '2026-11-23 19:35:10Z 2026-11-23 14:23:10Z',
    ],
  },
  clientUtc: {
    label: 'Client time (UTC)',
    example: '2026-11-23 14:22:58Z',
    validate: (raw) => {
      const t = parseUtcTime(raw);
      return t.ok ? { ok: true, value: { clientUtc: t.value.text } } : t;
    },
    maxLength: TIME_MAX,
    allowed: { clientUtc: UTC_TIME_CHAR },
    samples: ['2026-11-23 14:22:58Z'],
  },
  hostUtc: {
    label: 'KMS host time (UTC)',
    example: '2026-11-23 19:35:10Z',
    validate: (raw) => {
      const t = parseUtcTime(raw);
      return t.ok ? { ok: true, value: { hostUtc: t.value.text } } : t;
    },
    maxLength: TIME_MAX,
    allowed: { hostUtc: UTC_TIME_CHAR },
    // Two minutes after the client's sample time, and 5 h 12 min before it.
    samples: ['2026-11-23 14:25:10Z', '2026-11-23 09:10:58Z'],
  },
};
