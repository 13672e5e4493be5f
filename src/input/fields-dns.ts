// Typed fields of the dns flows (dns-srv, srv-create). Each also sets the template names the
// shared commands use: the KMS host's full name fills {kmsHost}, {port} and {kmsHostPort} like
// the core kmsHost field, so slmgr /skms and the port flow work with what was typed here. The
// client's domain is the core `domain` field (fields.ts).

import type { Answers } from '../../flows/lib/context.js';
import type { FieldSpec } from './field-spec.js';
import { hostPort } from './validate.js';
import {
  domainOfHost, ttlTimeSpan, validateDnsNameStrict, validateDnsServer, validateIpAddress, validateSrvTarget, validateTtl,
} from './dns-names.js';

const DEFAULT_KMS_PORT = 1688;

/** Fields the dns flows ask for. */
export const DNS_FIELDS: Record<string, FieldSpec> = {
  zone: {
    label: 'DNS zone',
    example: 'corp.contoso.com',
    validate: (raw) => {
      const v = validateDnsNameStrict(raw, 'The zone');
      return v.ok ? { ok: true, value: { zone: v.value } } : v;
    },
    samples: ['corp.contoso.com'],
  },
  kmsHostFqdn: {
    label: 'KMS host (full DNS name)',
    example: 'kms01.corp.contoso.com',
    validate: (raw, answers) => {
      const v = validateSrvTarget(raw);
      if (!v.ok) return v;
      const port = typeof answers.port === 'number' ? answers.port : DEFAULT_KMS_PORT;
      const value: Answers = {
        kmsHostFqdn: v.value,
        kmsHost: v.value,
        port,
        kmsHostPort: hostPort(v.value, port),
        kmsHostDomain: domainOfHost(v.value),
      };
      return { ok: true, value };
    },
    samples: ['kms01.corp.contoso.com'],
  },
  ttl: {
    label: 'TTL in seconds',
    example: '3600',
    validate: (raw) => {
      const v = validateTtl(raw);
      return v.ok ? { ok: true, value: { ttl: v.value, ttlSpan: ttlTimeSpan(v.value) } } : v;
    },
    samples: ['3600'],
  },
  dnsServer: {
    label: 'DNS server (address or name)',
    example: '10.0.0.10',
    validate: (raw) => {
      const v = validateDnsServer(raw);
      return v.ok ? { ok: true, value: { dnsServer: v.value } } : v;
    },
    samples: ['10.0.0.10'],
  },
  kmsHostIp: {
    label: 'KMS host\'s IP address',
    example: '10.0.0.21',
    validate: (raw) => {
      const v = validateIpAddress(raw, 'The KMS host\'s address');
      return v.ok ? { ok: true, value: { kmsHostIp: v.value } } : v;
    },
    samples: ['10.0.0.21'],
  },
};
