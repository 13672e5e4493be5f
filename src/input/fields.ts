// The values a technician can type, by field name: how each is validated, what it fills in
// the command templates, and how it shows while still unknown (`<kms-host>`).

import { findError } from '../catalog/catalog.js';
import { pickCode } from '../codes/normalize.js';
import { hostPort, validateDnsName, validateHost, validateInteger } from './validate.js';
import { DNS_NAME_MAX, HOST_PORT_MAX, NUMBER_MAX, PASTE_MAX, single, withValues, type FieldSpec } from './field-spec.js';
import { DIGIT_CHAR, DNS_NAME_CHAR, HEX_CODE_CHAR, HOST_CHAR, HOST_PORT_CHAR } from './allowed.js';
import { guardField } from './guard.js';
import type { Answers } from '../../flows/lib/context.js';
import { DNS_FIELDS } from './fields-dns.js';
import { NETWORK_FIELDS } from './fields-network.js';
import { KEY_FIELDS } from './fields-keys.js';
import { MISC_FIELDS } from './fields-misc.js';

export type { FieldSpec } from './field-spec.js';
export { tooLongMessage } from './guard.js';

const DEFAULT_KMS_PORT = 1688;

/** The fields every part of the wizard uses. */
const CORE_FIELDS: Record<string, FieldSpec> = {
  errorCode: {
    label: 'Error code (or paste the whole message)',
    example: '0xC004F074',
    validate: (raw) => {
      const code = pickCode(raw, (c) => findError(c) !== undefined);
      if (code) return { ok: true, value: { errorCode: code } };
      return {
        ok: false,
        message: 'No error code found in that. A code looks like 0xC004F074 or -1073418124; pasting the whole message works too.',
      };
    },
    // It reads a pasted message, or a log, for the code in it.
    maxLength: PASTE_MAX,
    allowed: { errorCode: HEX_CODE_CHAR },
    samples: ['0xC004F074', '0xC004FFFF'],
  },
  domain: {
    label: 'DNS domain',
    example: 'corp.contoso.com',
    validate: (raw) => single('domain', validateDnsName(raw, 'A DNS domain')),
    maxLength: DNS_NAME_MAX,
    allowed: { domain: DNS_NAME_CHAR },
    fold: 'name',
    samples: ['corp.contoso.com'],
  },
  kmsHost: {
    label: 'KMS host (name or address, optionally :port)',
    example: 'kms01.corp.contoso.com',
    validate: (raw, answers) => {
      const v = validateHost(raw);
      if (!v.ok) return v;
      const port = v.value.port ?? (typeof answers.port === 'number' ? answers.port : DEFAULT_KMS_PORT);
      return withValues(v, { kmsHost: v.value.host, port, kmsHostPort: hostPort(v.value.host, port) });
    },
    maxLength: HOST_PORT_MAX,
    allowed: { kmsHost: HOST_CHAR, port: DIGIT_CHAR, kmsHostPort: HOST_PORT_CHAR },
    fold: 'name',
    // Show the port too when it is not the default, so confirming keeps it.
    prefill: (answers) =>
      typeof answers.kmsHost !== 'string' ? undefined : answers.port && answers.port !== DEFAULT_KMS_PORT ? String(answers.kmsHostPort) : answers.kmsHost,
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
    maxLength: NUMBER_MAX,
    allowed: { port: DIGIT_CHAR, kmsHostPort: HOST_PORT_CHAR },
    samples: ['1688'],
  },
};

/**
 * Every field a flow may ask for, each behind the guard (guard.ts) that refuses over-long text
 * and control or invisible characters before the field reads it. The topic files are owned by
 * the flows that use them.
 */
export const FIELDS: Record<string, FieldSpec> = mergeFields(CORE_FIELDS, DNS_FIELDS, NETWORK_FIELDS, KEY_FIELDS, MISC_FIELDS);

function mergeFields(...parts: Record<string, FieldSpec>[]): Record<string, FieldSpec> {
  const merged: Record<string, FieldSpec> = {};
  for (const part of parts) {
    for (const [name, spec] of Object.entries(part)) {
      if (merged[name]) throw new Error(`field "${name}" is defined twice`);
      merged[name] = guardField(name, spec);
    }
  }
  return merged;
}

/** How an unknown template value shows: `<kms-host>`, never an empty gap. */
const PLACEHOLDERS: Record<string, string> = {
  code: '<error-code>',
  errorCode: '<error-code>',
  kmsHostPort: '<kms-host>:<port>',
  productKey: '<product-key>',
};

/** The placeholder for a template name: listed ones, a field's own, else the name in kebab case. */
export function placeholderFor(name: string): string {
  return PLACEHOLDERS[name] ?? FIELDS[name]?.placeholder ?? `<${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}>`;
}

/** The text an input starts with: what earlier answers already say about its field. */
export function prefillFor(name: string, answers: Answers): string {
  const spec = fieldSpec(name);
  const known = spec.prefill ? spec.prefill(answers) : answers[name];
  return known === undefined ? '' : String(known);
}

/** The spec of a field; a flow naming an unknown field is a programming error. */
export function fieldSpec(name: string): FieldSpec {
  const spec = FIELDS[name];
  if (!spec) throw new Error(`unknown field "${name}"`);
  return spec;
}
