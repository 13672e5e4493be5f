// Typed fields of the dns flows (dns-srv, srv-create). Each also sets the template names the
// shared commands use: the KMS host's full name fills {kmsHost}, {port} and {kmsHostPort} like
// the core kmsHost field, so slmgr /skms and the port flow work with what was typed here. The
// client's domain is the core `domain` field (fields.ts).

import type { Answers } from '../../flows/lib/context.js';
import { DNS_NAME_MAX, NUMBER_MAX, single, withValues, type FieldSpec } from './field-spec.js';
import { DIGIT_CHAR, DNS_NAME_CHAR, HOST_CHAR, HOST_PORT_CHAR, IP_CHAR, TIME_SPAN_CHAR } from './allowed.js';
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
    validate: (raw) => single('zone', validateDnsNameStrict(raw, 'The zone')),
    maxLength: DNS_NAME_MAX,
    allowed: { zone: DNS_NAME_CHAR },
    fold: 'name',
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
      return withValues(v, value);
    },
    maxLength: DNS_NAME_MAX,
    allowed: { kmsHostFqdn: DNS_NAME_CHAR, kmsHost: DNS_NAME_CHAR, port: DIGIT_CHAR, kmsHostPort: HOST_PORT_CHAR, kmsHostDomain: DNS_NAME_CHAR },
    fold: 'name',
    samples: ['kms01.corp.contoso.com'],
  },
  ttl: {
    label: 'TTL in seconds',
    example: '3600',
    validate: (raw) => {
      const v = validateTtl(raw);
      return v.ok ? { ok: true, value: { ttl: v.value, ttlSpan: ttlTimeSpan(v.value) } } : v;
    },
    maxLength: NUMBER_MAX,
    allowed: { ttl: DIGIT_CHAR, ttlSpan: TIME_SPAN_CHAR },
    samples: ['3600'],
  },
  dnsServer: {
    label: 'DNS server (address or name)',
    example: '10.0.0.10',
    validate: (raw) => single('dnsServer', validateDnsServer(raw)),
    maxLength: DNS_NAME_MAX,
    allowed: { dnsServer: HOST_CHAR },
    fold: 'name',
    samples: ['10.0.0.10'],
  },
  kmsHostIp: {
    label: 'KMS host\'s IP address',
    example: '10.0.0.21',
    validate: (raw) => single('kmsHostIp', validateIpAddress(raw, 'The KMS host\'s address')),
    // The longest IPv6 text (an IPv4-mapped address) is 45 characters; room for blanks around it.
    maxLength: 64,
    allowed: { kmsHostIp: IP_CHAR },
    samples: ['10.0.0.21'],
  },
};
