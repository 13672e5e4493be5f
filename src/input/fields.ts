// The values a technician can type, by field name: how each is validated, what it fills in
// the command templates, and how it shows while still unknown (`<kms-host>`).

import { findError } from '../catalog/catalog.js';
import { PRODUCT_KEY_PATTERN } from '../catalog/schema.js';
import { pickCode } from '../codes/normalize.js';
import type { Answers } from '../../flows/lib/context.js';
import { hostPort, validateDnsName, validateHost, validateInteger, type Validation } from './validate.js';

/** One typed field: its label, example, validator and sample answers (for tests). */
export interface FieldSpec {
  label: string;
  example: string;
  /** Returns every template value the answer sets, the field's own name first. */
  validate(raw: string, answers: Answers): Validation<Answers>;
  /** Valid answers that drive flows down different branches (used by graph tests). */
  samples: readonly string[];
}

const DEFAULT_KMS_PORT = 1688;

const single = <T extends string | number>(name: string, v: Validation<T>): Validation<Answers> =>
  v.ok ? { ok: true, value: { [name]: v.value } } : v;

/** Every field a flow may ask for. */
export const FIELDS: Record<string, FieldSpec> = {
  errorCode: {
    label: 'Error code (or paste the whole message)',
    example: '0xC004F074',
    validate: (raw) => {
      const code = pickCode(raw, (c) => findError(c) !== undefined);
      if (code) return { ok: true, value: { errorCode: code } };
      return {
        ok: false,
        message: 'No error code found in that. A code looks like 0xC004F074 (or -1073418124 in decimal); pasting the whole slmgr message works too.',
      };
    },
    samples: ['0xC004F074', '0xC004FFFF'],
  },
  domain: {
    label: 'DNS domain',
    example: 'corp.contoso.com',
    validate: (raw) => single('domain', validateDnsName(raw, 'A DNS domain')),
    samples: ['corp.contoso.com'],
  },
  kmsHost: {
    label: 'KMS host (name or address, optionally :port)',
    example: 'kms01.corp.contoso.com',
    validate: (raw, answers) => {
      const v = validateHost(raw);
      if (!v.ok) return v;
      const port = v.value.port ?? (typeof answers.port === 'number' ? answers.port : DEFAULT_KMS_PORT);
      return { ok: true, value: { kmsHost: v.value.host, port, kmsHostPort: hostPort(v.value.host, port) } };
    },
    samples: ['kms01.corp.contoso.com'],
  },
  port: {
    label: 'Port',
    example: '1688',
    validate: (raw, answers) => {
      const v = validateInteger(raw, 1, 65535, 'The port');
      if (!v.ok) return v;
      const host = answers.kmsHost;
      return {
        ok: true,
        value: { port: v.value, ...(typeof host === 'string' ? { kmsHostPort: hostPort(host, v.value) } : {}) },
      };
    },
    samples: ['1688'],
  },
  productKey: {
    label: 'Product key',
    example: 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
    validate: (raw) => {
      const key = raw.trim().toUpperCase();
      return PRODUCT_KEY_PATTERN.test(key)
        ? { ok: true, value: { productKey: key } }
        : { ok: false, message: 'A product key is five groups of five characters joined by hyphens.' };
    },
    samples: ['NPPR9-FWDCX-D2C8J-H872K-2YT43'],
  },
};

/** How an unknown template value shows: `<kms-host>`, never an empty gap. */
const PLACEHOLDERS: Record<string, string> = {
  code: '<error-code>',
  errorCode: '<error-code>',
  kmsHostPort: '<kms-host>:<port>',
  productKey: '<product-key>',
};

/** The placeholder for a template name: listed ones, else the name in kebab case. */
export function placeholderFor(name: string): string {
  return PLACEHOLDERS[name] ?? `<${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}>`;
}

/** The spec of a field; a flow naming an unknown field is a programming error. */
export function fieldSpec(name: string): FieldSpec {
  const spec = FIELDS[name];
  if (!spec) throw new Error(`unknown field "${name}"`);
  return spec;
}
