// Typed fields of the network flows (port 1688, KMS count, clock skew, reaching the host).

import { hostPort, validateInteger } from './validate.js';
import { parseUtcTime, readClockDifference, skewAnswers } from './clock.js';
import { readKmsCount } from './kms-count.js';
import { single, type FieldSpec } from './field-spec.js';

/** Fields the network flows ask for. */
export const NETWORK_FIELDS: Record<string, FieldSpec> = {
  kmsCount: {
    label: 'Current count (0–50)',
    example: '18',
    validate: (raw) => single('kmsCount', readKmsCount(raw)),
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
    samples: ['2026-11-23 14:22:58Z'],
  },
  hostUtc: {
    label: 'KMS host time (UTC)',
    example: '2026-11-23 19:35:10Z',
    validate: (raw) => {
      const t = parseUtcTime(raw);
      return t.ok ? { ok: true, value: { hostUtc: t.value.text } } : t;
    },
    // Two minutes after the client's sample time, and 5 h 12 min before it.
    samples: ['2026-11-23 14:25:10Z', '2026-11-23 09:10:58Z'],
  },
};
