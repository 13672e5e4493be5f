// Validators for the values the misc flows ask for: the DNS domains a KMS host publishes
// into, a scheduled task's name and a remote computer's name. Like validate.ts, each
// accepts only characters that are safe inside the quoted argument it fills, and a refusal
// names every character (or the part) that is wrong.

import { isIPv4 } from 'node:net';
import { fail, ok, validateDnsName, type Validation } from './validate.js';
import { describeBadCharacters } from './bad-characters.js';


/** The most domains one publish list takes (a guard for the command line, not a Windows limit). */
export const MAX_PUBLISH_DOMAINS = 20;

/**
 * Several DNS domains separated by spaces, commas or semicolons: each an RFC 1123 name with
 * at least one dot (a zone to publish into, not a single label). Duplicates are dropped.
 */
export function validateDomainList(raw: string): Validation<string[]> {
  const text = raw.trim();
  if (text.replace(/[\s,;]+/g, '') === '') {
    return fail('Type at least one DNS domain (corp.contoso.com); separate several with spaces, commas or semicolons.');
  }
  const bad = describeBadCharacters(text, /[A-Za-z0-9.\-\s,;]/);
  if (bad) {
    return fail(`Domains have only letters, digits, hyphens and dots, separated by spaces, commas or semicolons; this contains ${bad}.`);
  }
  const names: string[] = [];
  for (const part of text.split(/[\s,;]+/).filter((p) => p !== '')) {
    const name = validateDnsName(part, `The domain "${part}"`);
    if (!name.ok) return name;
    if (!name.value.includes('.')) {
      return fail(`"${part}" is a single name without a dot: type each full DNS domain, e.g. corp.contoso.com.`);
    }
    if (!names.includes(name.value)) names.push(name.value);
  }
  if (names.length > MAX_PUBLISH_DOMAINS) {
    return fail(`That is ${names.length} domains; kms-doctor writes at most ${MAX_PUBLISH_DOMAINS} in one list.`);
  }
  return ok(names);
}

/** A scheduled task's name as Task Scheduler shows it: letters, digits, spaces and . _ - ( ). */
export function validateTaskName(raw: string): Validation<string> {
  const text = raw.trim();
  if (text === '') return fail('Type the task\'s name as Task Scheduler shows it in the Name column.');
  if (text.includes('\\')) return fail('Type only the task\'s name, without the folder in front of it (the Name column of Task Scheduler).');
  const bad = describeBadCharacters(text, /[\p{L}\p{N} ._()-]/u);
  if (bad) return fail(`kms-doctor takes task names of letters, digits, spaces and . _ - ( ) only; this one contains ${bad}. Use Task Scheduler for this task instead.`);
  if (text.length > 200) return fail(`A task name here is at most 200 characters; this one has ${text.length}.`);
  return ok(text);
}

/** A computer to reach over the network: a host name (RFC 1123) or an IPv4 address. */
export function validateComputerName(raw: string): Validation<string> {
  const text = raw.trim();
  if (isIPv4(text)) return ok(text);
  return validateDnsName(text, 'A computer name');
}
