// Typed fields of the misc flows: the elevation checks and the appendix procedures.

import { DNS_NAME_CHAR, NAME_LIST_CHAR, PS_NAME_LIST_CHAR, REG_NAME_LIST_CHAR, TASK_NAME_CHAR } from './allowed.js';
import { DNS_NAME_MAX, single, withValues, type FieldSpec } from './field-spec.js';
import { MAX_PUBLISH_DOMAINS, MAX_TASK_NAME, validateComputerName, validateDomainList, validateTaskName } from './validate-misc.js';

/** Fields the misc flows ask for. */
export const MISC_FIELDS: Record<string, FieldSpec> = {
  domainList: {
    label: 'DNS domains',
    example: 'corp.contoso.com, emea.contoso.com',
    validate: (raw) => {
      const v = validateDomainList(raw);
      if (!v.ok) return v;
      return withValues(v, {
        domainList: v.value.join(', '),
        // reg add takes a REG_MULTI_SZ as one string with \0 between the values.
        domainListReg: v.value.join('\\0'),
        domainListPs: v.value.map((d) => `'${d}'`).join(','),
      });
    },
    // The most names a list takes, each as long as a DNS name can be, with a separator.
    maxLength: MAX_PUBLISH_DOMAINS * (DNS_NAME_MAX + 2),
    allowed: { domainList: NAME_LIST_CHAR, domainListReg: REG_NAME_LIST_CHAR, domainListPs: PS_NAME_LIST_CHAR },
    fold: 'name',
    samples: ['corp.contoso.com; emea.contoso.com'],
  },
  taskName: {
    label: 'Task name',
    example: 'Activate Windows',
    validate: (raw) => single('taskName', validateTaskName(raw)),
    maxLength: MAX_TASK_NAME,
    allowed: { taskName: TASK_NAME_CHAR },
    fold: 'text',
    samples: ['Activate Windows'],
  },
  computerName: {
    label: 'Computer name',
    example: 'pc042.corp.contoso.com',
    validate: (raw) => single('computerName', validateComputerName(raw)),
    maxLength: DNS_NAME_MAX,
    allowed: { computerName: DNS_NAME_CHAR },
    fold: 'name',
    samples: ['pc042.corp.contoso.com'],
  },
};
