// Typed fields of the misc flows: the elevation checks and the appendix procedures.

import type { FieldSpec } from './field-spec.js';
import { single } from './field-spec.js';
import { validateComputerName, validateDomainList, validateTaskName } from './validate-misc.js';

/** Fields the misc flows ask for. */
export const MISC_FIELDS: Record<string, FieldSpec> = {
  domainList: {
    label: 'DNS domains',
    example: 'corp.contoso.com, emea.contoso.com',
    validate: (raw) => {
      const v = validateDomainList(raw);
      if (!v.ok) return v;
      return {
        ok: true,
        value: {
          domainList: v.value.join(', '),
          // reg add takes a REG_MULTI_SZ as one string with \0 between the values.
          domainListReg: v.value.join('\\0'),
          domainListPs: v.value.map((d) => `'${d}'`).join(','),
        },
      };
    },
    samples: ['corp.contoso.com; emea.contoso.com'],
  },
  taskName: {
    label: 'Task name',
    example: 'Activate Windows',
    validate: (raw) => single('taskName', validateTaskName(raw)),
    samples: ['Activate Windows'],
  },
  computerName: {
    label: 'Computer name',
    example: 'pc042.corp.contoso.com',
    validate: (raw) => single('computerName', validateComputerName(raw)),
    samples: ['pc042.corp.contoso.com'],
  },
};
