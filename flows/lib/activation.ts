// Activating a machine with Microsoft, online or by phone, written once for every flow.
// By phone, getting the confirmation ID takes a call, so its screen is a resolution whose next
// step is typing the ID in; then the /atp command carries it. Each step carries its commands.
// Flows whose "online or by phone?" question has wording of its own (mak, kms-host) build only
// the phone part; the rest build the whole path.

import type { ActionItem, ActionStep, CommandItem, Help, Option, VerifyItem, Where } from '../step.js';
import { LOOK_UP_CODE, input, lookUpCodeState, question, resolution } from './builders.js';
import { NOT_CHECKED } from './read-first.js';

/** Where Microsoft adds activations or replaces keys (activation-error-codes.md). */
export const CENTERS = 'the Microsoft Licensing Activation Centers (https://www.microsoft.com/licensing/existing-customer/activation-centers)';

/**
 * Steps added to a resolution together, each carrying the commands it runs. `commands` is the
 * older shape (commands not yet under a step): they are still shown, after the steps.
 */
export interface PathPart {
  steps: ActionItem[];
  commands?: CommandItem[];
}

const NOTHING: PathPart = { steps: [] };
const joined = (a: PathPart, b: PathPart): PathPart => ({
  steps: [...a.steps, ...b.steps], commands: [...(a.commands ?? []), ...(b.commands ?? [])],
});
/** The older-shape commands of some parts, for the resolution's list after the steps (none once every part is moved). */
const unplaced = (...parts: PathPart[]): { commands?: CommandItem[] } => {
  const commands = parts.flatMap((p) => p.commands ?? []);
  return commands.length > 0 ? { commands } : {};
};

/** A library command aimed at the machine being activated. */
const aimedAt = (where: Where) => (ref: string, purpose?: string): CommandItem => ({ ref, where, ...(purpose ? { purpose } : {}) });

/** Phone activation: what is activated, and what is done before and after the confirmation ID. */
export interface PhoneActivation {
  /** Prefix of the four state names: `${prefix}Start`, `…GetCid`, `…AskCid`, `…Activate`. */
  prefix: string;
  /** "this machine", "the KMS host". */
  subject: string;
  where: Where;
  /** Title and cause of the screen that says how to get the ID (default: they speak of the call only). */
  title?: string;
  cause?: string;
  /** Done before the installation ID is shown: look-first checks and preparations. */
  before?: PathPart;
  /** The command that installs the key first, when the key is new. */
  install?: CommandItem;
  /** Done once the confirmation ID is in (the "Check that it worked" list shows the licence status). */
  after?: PathPart;
  /** What proves the activation worked, once slmgr has taken the confirmation ID. */
  verify: VerifyItem[];
}

/** What the activation command prints when it worked, read on the machine it ran on. */
const atoSucceeded = (where: Where): VerifyItem => ({ ref: where === 'kms-host' ? 'host-ato-success' : 'ato-success' });

/** "On this PC", "On the KMS host": where a step happens, as its text starts. */
const onSubject = (subject: string) => `On ${subject}`;

/** Phone activation as four states: have the ID yet? → how to get it | type it → enter it. */
export function phoneActivationStates(p: PhoneActivation): Record<string, object> {
  const at = aimedAt(p.where);
  const before = p.before ?? NOTHING;
  const after = p.after ?? NOTHING;
  const have: Option = { label: 'I have the confirmation ID: type it in', event: 'HAVE' };
  return {
    [`${p.prefix}Start`]: {
      meta: question({
        title: 'Phone activation: do you have the confirmation ID yet?',
        body: [`You read out the installation ID of ${p.subject} on the phone and are given a confirmation ID back: eight groups of six digits.`],
        options: [
          { label: 'Not yet: show me how to get it', event: 'GET' },
          { label: 'Yes: type it in', event: 'HAVE' },
          NOT_CHECKED,
        ],
        help: {
          commands: [at('slmgr-dti'), { ref: 'phone-numbers' }],
          lookFor: 'slmgr /dti prints "Installation ID: " and a long number; phone.inf lists the activation phone number for each country. If you are not sure you have the confirmation ID for the installation ID shown now, get one: the last choice shows how.',
        },
      }),
      on: { GET: `${p.prefix}GetCid`, HAVE: `${p.prefix}AskCid`, NOT_CHECKED: `${p.prefix}GetCid` },
    },
    [`${p.prefix}GetCid`]: {
      meta: resolution({
        lead: 'Why',
        title: p.title ?? 'Get the confirmation ID by phone',
        cause: p.cause ?? `Without internet access, ${p.subject} is activated by phone: it shows an installation ID, you read it out, and you are given a confirmation ID back.`,
        steps: [
          ...before.steps,
          ...(p.install ? [{ text: 'Install the key first: the installation ID belongs to the key installed.', commands: [p.install] }] : []),
          { text: `${onSubject(p.subject)}, show the installation ID ("Installation ID: …").`, commands: [at('slmgr-dti')] },
          { text: 'Find the activation number for your country in phone.inf, call it and read out the installation ID. Write down the confirmation ID you are given.', commands: [{ ref: 'phone-numbers' }] },
          `Don't change the key of ${p.subject} until the confirmation ID is entered: it would no longer fit.`,
        ],
        ...unplaced(before),
        // The call worked when the ID written down belongs to the installation ID as it still is.
        verify: [
          { text: 'Before you hang up, have the confirmation ID repeated and compare it with what you wrote down.', expect: 'The same digits in every group (usually eight groups of six)' },
          { ref: 'iid-unchanged', where: p.where },
        ],
        next: have,
      }),
      on: { HAVE: `${p.prefix}AskCid` },
    },
    [`${p.prefix}AskCid`]: {
      meta: input({
        title: 'Type the confirmation ID',
        body: ['The digits you were given on the phone. Spaces or hyphens between the groups are fine.'],
        field: 'confirmationId',
        help: {
          commands: [at('slmgr-dti')],
          lookFor: 'The confirmation ID is the number you were given back, usually eight groups of six digits, not the installation ID you read out.',
        },
      }),
      on: { ANSWER: { target: `${p.prefix}Activate`, actions: 'saveAnswer' } },
    },
    [`${p.prefix}Activate`]: {
      type: 'final',
      meta: resolution({
        lead: 'Why',
        title: 'Activate with the confirmation ID',
        cause: `The confirmation ID you typed fits the installation ID ${p.subject} showed when you called, as long as its key has not changed since.`,
        steps: [
          { text: `${onSubject(p.subject)}, check that the installation ID is still the one you read out. If it changed, call again with the new one.`, commands: [at('slmgr-dti')] },
          { text: 'Enter the confirmation ID: slmgr answers "Confirmation ID for product … deposited successfully."', commands: [at('slmgr-atp')] },
          ...after.steps,
        ],
        ...unplaced(after),
        verify: [
          { ref: 'atp-deposited' },
          ...p.verify,
        ],
      }),
    },
  };
}

/** The typed key an activation path installs first (field productKey). */
export interface KeyStep {
  title: string;
  body: string[];
  help: Help;
  /** The purpose line of the slmgr /ipk command. */
  purpose: string;
}

/** An activation path: optionally a new key, then online or phone activation. */
export interface ActivationPath {
  /** Prefix of its states: `<prefix>Key`, `<prefix>Reach`, `<prefix>Online`, `<prefix>PhoneStart` … */
  prefix: string;
  /** What has to reach the internet ("this PC", "the KMS host"). */
  subject: string;
  /** Resolution title; " (online)" or " (by phone)" is added. */
  title: string;
  cause: string;
  where?: Where;
  /** Ask for a key first and install it before activating. */
  key?: KeyStep;
  /** Read-only checks shown first (default: slmgr /dlv), under the step that says what they show. */
  checks?: CommandItem[];
  look?: string;
  before?: PathPart;
  after?: PathPart;
  /** What proves the activation worked, after what slmgr /ato (or /atp) printed. */
  verify: VerifyItem[];
}

/** The states of an activation path and the one to enter it by. */
export function activationStates(path: ActivationPath): { first: string; states: Record<string, object> } {
  const { prefix, where = 'client' } = path;
  const at = aimedAt(where);
  const lookFirst: ActionStep = {
    text: path.look ?? `${onSubject(path.subject)}, look at the key and licence status now.`,
    commands: path.checks ?? [at('slmgr-dlv')],
  };
  const before = joined({ steps: [lookFirst] }, path.before ?? NOTHING);
  // An after part of the older shape spoke of the look-first checks: they came back on its screens.
  const after = path.after?.commands ? { ...path.after, commands: [...lookFirst.commands!, ...path.after.commands] } : path.after ?? NOTHING;
  const install = path.key ? at('slmgr-ipk', path.key.purpose) : undefined;
  const states: Record<string, object> = {
    [`${prefix}Reach`]: {
      meta: question({
        title: `Can ${path.subject} reach the internet?`,
        body: ['Online activation talks to Microsoft over the internet; a machine without access activates by phone instead.'],
        options: [
          { label: 'Yes: activate online', event: 'ONLINE' },
          { label: 'No: activate by phone', event: 'PHONE' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'internet-check', where }],
          lookFor: '"TcpTestSucceeded : True" means it reaches the internet directly. If your network sends web traffic through a proxy, ask whether this machine is allowed out. Not sure? Try online first: if it fails, slmgr prints an error code and the next step looks it up.',
        },
      }),
      on: { ONLINE: `${prefix}Online`, PHONE: `${prefix}PhoneStart`, NOT_CHECKED: `${prefix}Online` },
    },
    [`${prefix}Online`]: {
      meta: resolution({
        lead: 'Why',
        title: `${path.title} (online)`,
        cause: path.cause,
        steps: [
          ...before.steps,
          ...(install ? [{ text: 'Install it: "Installed product key … successfully."', commands: [install] }] : []),
          { text: 'Activate. An error code leads to the next step.', commands: [at('slmgr-ato')] },
          ...after.steps,
        ],
        ...unplaced(before, after),
        verify: [atoSucceeded(where), ...path.verify],
        next: LOOK_UP_CODE,
      }),
      on: { [LOOK_UP_CODE.event]: `${prefix}LookUpCode` },
    },
    [`${prefix}LookUpCode`]: lookUpCodeState(),
    ...phoneActivationStates({
      prefix: `${prefix}Phone`, subject: path.subject, where, title: `${path.title} (by phone)`, cause: path.cause,
      before, install, after, verify: path.verify,
    }),
  };
  if (path.key) {
    states[`${prefix}Key`] = {
      meta: input({ title: path.key.title, body: path.key.body, field: 'productKey', help: path.key.help }),
      on: { ANSWER: { target: `${prefix}Reach`, actions: 'saveAnswer' } },
    };
  }
  return { first: path.key ? `${prefix}Key` : `${prefix}Reach`, states };
}

/** The key step for a MAK (field productKey). */
export function makKey(purpose: string, title = 'Type the MAK (Multiple Activation Key) for this edition'): KeyStep {
  const help: Help = {
    commands: [{ ref: 'slmgr-dlv' }],
    lookFor: 'Your MAKs are in the Volume Licensing Service Center (VLSC): License, Relationship Summary, your License ID, Product Keys. Take the MAK for the edition on the Name line of slmgr /dlv.',
  };
  return { title, body: ['It replaces the key the machine has now.'], help, purpose };
}
