// The KMS host flow's pickers "which Windows runs the host → which host key → which Windows
// must it activate", generated from data/kms-host-compat.json: one state per choice so far, so
// the graph tests reach every answer. Each last choice stores the verdict's texts and goes to the
// verdict screen (compat-verdicts.ts). Apart because it is code that writes states, not states.

import { keysHostableOn, type CompatClient, type HostCompat } from '../../src/catalog/host-compat.js';
import { hostableAnswer, judgeCompat, joinOr, type CompatKind } from '../../src/keys/compat-verdict.js';
import type { Answers } from '../lib/context.js';
import { question, update } from '../lib/builders.js';
import { NOT_CHECKED } from '../lib/not-checked.js';
import { keyHelp, versionHelp } from './host-commands.js';

const setAnswers = (values: Answers) => update((context) => ({ answers: { ...context.answers, ...values } }));

/** The verdict screen for each kind of verdict. */
const VERDICT_STATE: Readonly<Record<CompatKind, string>> = {
  works: 'compatWorks',
  'needs-update': 'compatNeedsUpdate',
  'wrong-key': 'compatWrongKey',
  'which-key': 'compatWhichKey',
  'new-host': 'compatNewHost',
};

/** The last picker: which client version, each choice judged and sent to its verdict. */
function clientPick(data: HostCompat, hostId: string, keyId: string | undefined, clients: CompatClient[], family: string) {
  return {
    meta: question({
      title: `Which ${family} must it activate?`,
      options: [...clients.map((c) => ({ label: c.editions ? `${c.name} (${c.editions})` : c.name, event: `CLIENT_${c.id}` })), NOT_CHECKED],
      help: {
        commands: [{ ref: 'slmgr-dlv' }],
        lookFor: 'On the client, the Name line names the edition; winver shows the version. Long-term editions (LTSC, LTSB) say so in their name.',
      },
    }),
    on: {
      ...Object.fromEntries(clients.map((c) => {
      const v = judgeCompat(data, hostId, keyId, c.id);
      return [`CLIENT_${c.id}`, {
        target: VERDICT_STATE[v.kind],
        actions: setAnswers({
          clientOsName: c.name, compatTitle: v.title, compatAnswer: v.answer, compatFix: v.fix, compatUpdateStep: v.updateStep,
          compatKeys: v.candidates.length > 0 ? `the ${joinOr(v.candidates.map((k) => k.short))} host key` : 'a newer host key',
        }),
      }];
      })),
      NOT_CHECKED: 'compatRead',
    },
  };
}

/** The generated picker states, from `pickHostOs` on. */
export function compatPickerStates(data: HostCompat): Record<string, object> {
  const states: Record<string, object> = {};
  const hostOptions = data.hosts.map((h, i) => ({ label: h.name, event: `HOST_${i}` }));
  states.pickHostOs = {
    meta: question({ title: 'Which Windows runs the KMS host?', options: [...hostOptions, NOT_CHECKED], help: versionHelp }),
    on: {
      ...Object.fromEntries(data.hosts.map((h, i) => {
        const keys = keysHostableOn(data, h.id);
        const values = { hostOsName: h.name, hostableAnswer: hostableAnswer(data, h.id) };
        const none = h.cannotHost ? 'hostNoKey' : 'hostOldKeysOnly';
        return [`HOST_${i}`, { target: keys.length > 0 ? `hostKey_${i}` : none, actions: setAnswers(values) }];
      })),
      // Not known: where the host's Windows, its key and the client's Windows show, then back here.
      NOT_CHECKED: 'compatRead',
    },
  };
  const servers = data.clients.filter((c) => c.family === 'server');
  const windows = data.clients.filter((c) => c.family === 'windows');
  data.hosts.forEach((host, i) => {
    const keys = keysHostableOn(data, host.id);
    if (keys.length === 0) return;
    const choices = [...keys.map((k) => ({ id: k.id as string | undefined, label: k.name })), { id: undefined, label: 'Another key' }];
    // Not known which key: judged like "another key", the verdict names the key the host needs.
    const unknownKey = `client_${i}_${choices.length - 1}`;
    states[`hostKey_${i}`] = {
      meta: question({
        title: `Which host key does the ${host.name} host have?`,
        options: [...choices.map((c, j) => ({ label: c.label, event: `KEY_${j}` })), { label: 'slmgr /ipk refused our host key', event: 'REFUSED' }, NOT_CHECKED],
        help: keyHelp,
      }),
      on: {
        ...Object.fromEntries(choices.map((_, j) => [`KEY_${j}`, `client_${i}_${j}`])),
        REFUSED: 'hostableList',
        NOT_CHECKED: unknownKey,
      },
    };
    choices.forEach((choice, j) => {
      states[`client_${i}_${j}`] = {
        meta: question({
          title: 'Which Windows must it activate?',
          options: [
            { label: 'Windows Server', event: 'SERVER' },
            { label: 'Windows (11, 10, 8.1 or 7)', event: 'WINDOWS' },
            NOT_CHECKED,
          ],
          help: { commands: [{ ref: 'slmgr-dlv' }], lookFor: 'On the client that gets the error, the Name line of slmgr /dlv: "ServerStandard", "ServerDatacenter" … is Windows Server.' },
        }),
        on: { SERVER: `server_${i}_${j}`, WINDOWS: `windows_${i}_${j}`, NOT_CHECKED: 'compatRead' },
      };
      states[`server_${i}_${j}`] = clientPick(data, host.id, choice.id, servers, 'Windows Server version');
      states[`windows_${i}_${j}`] = clientPick(data, host.id, choice.id, windows, 'Windows version');
    });
  });
  return states;
}
