// Validators for the values the misc flows ask for: the DNS domains a KMS host publishes
// into, a scheduled task's name and a remote computer's name. Like validate.ts, each
// accepts only characters that are safe inside the quoted argument it fills, and a refusal
// names every character (or the part) that is wrong.

import { isIPv4 } from 'node:net';
import { fail, ok, validateDnsName, type Validation } from './validate.js';
import { composeWithQuote, quote, refuseCharacters } from './bad-characters.js';
import { TASK_NAME_CHAR } from './allowed.js';

/** The most domains one publish list takes (a guard for the command line, not a Windows limit). */
export const MAX_PUBLISH_DOMAINS = 20;
/** The longest task name kms-doctor takes (Task Scheduler allows a little more; nobody types it). */
export const MAX_TASK_NAME = 200;

/** What a list may hold before each name is read: what a name may (NAME_INPUT) and the separators. */
const LIST_INPUT = /[a-z0-9.\-\p{L}\p{M}\p{N}\s,;]/iu;

/**
 * Several DNS domains separated by spaces, commas or semicolons: each an RFC 1123 name with
 * at least one dot (a zone to publish into, not a single label). Duplicates are dropped.
 */
export function validateDomainList(raw: string): Validation<string[]> {
  const text = raw.trim();
  if (text.replace(/[\s,;]+/g, '') === '') {
    return fail('Type at least one DNS domain (corp.contoso.com); separate several with spaces, commas or semicolons.');
  }
  const bad = refuseCharacters(text, LIST_INPUT, (names) => `A domain has only letters, digits, hyphens and dots; this contains ${names}.`);
  if (bad) return fail(bad);
  const names: string[] = [];
  const notes: string[] = [];
  for (const part of text.split(/[\s,;]+/).filter((p) => p !== '')) {
    // Name the domain in messages while it is short enough to read at a glance.
    const name = validateDnsName(part, part.length <= 24 ? `The domain ${quote(part)}` : 'A domain in the list');
    if (!name.ok) return name;
    if (!name.value.includes('.')) {
      return fail(composeWithQuote(part, (q) => `${q} is a single name without a dot: type each full DNS domain, e.g. corp.contoso.com.`));
    }
    if (!names.includes(name.value)) names.push(name.value);
    if (name.note) notes.push(name.note);
  }
  if (names.length > MAX_PUBLISH_DOMAINS) {
    return fail(`That is ${names.length} domains; kms-doctor writes at most ${MAX_PUBLISH_DOMAINS} in one list.`);
  }
  return ok(names, notes.length === 0 ? undefined : notes.length === 1 ? notes[0] : `${notes.length} names are written in punycode, the form DNS uses.`);
}

/** A scheduled task's name as Task Scheduler shows it: letters, digits, spaces and . _ - ( ). */
export function validateTaskName(raw: string): Validation<string> {
  const text = raw.trim();
  if (text === '') return fail('Type the task\'s name as Task Scheduler shows it in the Name column.');
  if (text.includes('\\')) return fail('Type only the task\'s name, without the folder in front of it (the Name column of Task Scheduler).');
  const bad = refuseCharacters(text, TASK_NAME_CHAR, (names) => `A task name here has only letters, digits, spaces and . _ - ( ); this one contains ${names}.`);
  if (bad) return fail(bad);
  if (text.length > MAX_TASK_NAME) return fail(`A task name here is at most ${MAX_TASK_NAME} characters; this one has ${text.length}.`);
  return ok(text);
}

/** A computer to reach over the network: a host name (RFC 1123) or an IPv4 address. */
export function validateComputerName(raw: string): Validation<string> {
  const text = raw.trim();
  if (isIPv4(text)) return ok(text);
  return validateDnsName(text, 'A computer name');
}
