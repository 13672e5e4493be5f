// 0x80070005 and 0xC004F025: a licensing command ran without administrator rights. What to
// do depends on where it ran: a window the technician opened, a script, a scheduled task or
// another computer. Each path shows how to check the rights there before changing anything.

import { input, question, resolution } from './lib/builders.js';
import { NOT_CHECKED } from './lib/read-first.js';
import { contextFromInput } from './lib/context.js';
import { defineFlow } from './lib/define.js';
import { flowSetup } from './lib/setup.js';

const machine = () => flowSetup.createMachine({
  id: 'elevation',
  context: contextFromInput,
  initial: 'where',
  states: {
    where: {
      meta: question({
        title: 'Where did the command run when it said "Access denied"?',
        options: [
          { label: 'In a Command Prompt or PowerShell window I opened', event: 'WINDOW' },
          { label: 'In a script or batch file', event: 'SCRIPT' },
          { label: 'In a scheduled task', event: 'TASK' },
          { label: 'On another computer (slmgr with a computer name, or remote PowerShell)', event: 'REMOTE' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'check-elevated' }],
          lookFor: 'Commands that change licensing (/ipk, /ato of a MAK, /skms, /rearm …) need administrator rights; read-only ones (/dli, /dlv, /xpr) do not. The check prints a "High Mandatory Level" line (PowerShell: True) in an elevated window.',
        },
      }),
      // Not sure where it ran: the check in the window at hand comes first.
      on: { WINDOW: 'windowCheck', SCRIPT: 'script', TASK: 'askTask', REMOTE: 'askComputer', NOT_CHECKED: 'windowCheck' },
    },
    windowCheck: {
      meta: question({
        title: 'What does the check print in that window?',
        body: ['Run it in the same window where the command failed.'],
        commands: [{ ref: 'check-elevated' }],
        options: [
          { label: 'Nothing (PowerShell: False): the window is not elevated', event: 'NOT_ELEVATED' },
          { label: 'A line with "High Mandatory Level" (PowerShell: True)', event: 'ELEVATED' },
          { label: '"Run as administrator" asks for a password I do not have', event: 'NO_ADMIN' },
          NOT_CHECKED,
        ],
        help: {
          commands: [{ ref: 'check-elevated' }],
          lookFor: 'An elevated window prints "Mandatory Label\\High Mandatory Level … S-1-16-12288", and its title bar starts with "Administrator:".',
        },
      }),
      // Opening an elevated window, and checking it, is the first thing to do either way.
      on: { NOT_ELEVATED: 'openElevated', ELEVATED: 'elevatedStill', NO_ADMIN: 'noAdmin', NOT_CHECKED: 'openElevated' },
    },
    openElevated: {
      type: 'final',
      meta: resolution({
        title: 'Run the command from an elevated prompt',
        cause: 'The window was not elevated. User Account Control (UAC) gives a window administrator rights only when it is started with "Run as administrator", and licensing changes need them.',
        steps: [
          'On the machine, open Start, type cmd, right-click Command Prompt and select Run as administrator (or press Windows+X and choose Terminal (Admin) or Windows PowerShell (Admin)). Approve the prompt.',
          { text: 'Check the new window: the check prints a "High Mandatory Level" line, and the title bar starts with "Administrator:".', commands: [{ ref: 'check-elevated' }] },
          { text: 'Run the failed command again in that window, e.g. the activation.', commands: [{ ref: 'slmgr-ato' }] },
        ],
        verify: [{ ref: 'prompt-elevated' }, { ref: 'ato-success' }],
      }),
    },
    elevatedStill: {
      meta: resolution({
        title: 'Access denied in an elevated window',
        cause: 'The window is elevated, so missing rights in that window are not the cause. kms-doctor knows no confirmed cause for "Access denied" in an elevated window on the same computer.',
        steps: [
          { text: 'Make sure the failed command ran in this window (title bar "Administrator: …"), not in another one.', commands: [{ ref: 'check-elevated' }] },
          'If the command named another computer (slmgr <computer> /ato), the next step checks the rights there.',
          { text: 'Otherwise read the licensing errors in the Application log and the licence status, and escalate with them.', commands: [{ ref: 'events-spp-errors' }, { ref: 'slmgr-dlv' }] },
        ],
        verify: [{ ref: 'rerun-elevated' }],
        next: { label: 'The command named another computer', event: 'REMOTE' },
      }),
      on: { REMOTE: 'askComputer' },
    },
    noAdmin: {
      type: 'final',
      meta: resolution({
        title: 'Your account is not an administrator on this PC',
        cause: 'Only members of the local Administrators group can elevate; for anyone else, "Run as administrator" asks for an administrator\'s password.',
        steps: [
          { text: 'On the machine, look first: a line with S-1-5-32-544 ("BUILTIN\\Administrators") means your account is an administrator; no line means it is not.', commands: [{ ref: 'check-admin-member' }] },
          'Not an administrator: sign in with your administrator account, or ask a colleague who has one to open the elevated prompt.',
          { text: 'Check that the new window is elevated, then run the failed command again in it.', commands: [{ ref: 'check-elevated' }] },
        ],
        verify: [
          { text: 'Signed in with the administrator account, look at its groups.', command: { ref: 'check-admin-member' }, expect: 'A line with S-1-5-32-544 (BUILTIN\\Administrators)' },
          { ref: 'prompt-elevated' },
          { ref: 'rerun-elevated' },
        ],
      }),
    },
    script: {
      type: 'final',
      meta: resolution({
        title: 'Run the script elevated, with cscript',
        cause: 'A script gets the rights of whatever starts it. Started from a normal window, or by a normal logon script, it has no administrator rights even when the account has them.',
        steps: [
          'Start the script from an elevated prompt (Run as administrator), or from a scheduled task set to run with highest privileges.',
          { text: 'Put the guard line at the top of the script: it stops with exit code 5 (access denied) when it is not elevated, so the failure is plain in the log.', commands: [{ ref: 'script-elevation-guard' }] },
          { text: 'Call slmgr through cscript //nologo, like this: plain slmgr opens message windows (wscript), which nobody clicks in a script, and the script hangs.', commands: [{ ref: 'slmgr-ato', purpose: 'How a script calls slmgr: through cscript //nologo' }] },
        ],
        verify: [
          {
            text: 'Run the script from an elevated prompt and read what it wrote.',
            expect: 'No exit code 5 from the guard line, and slmgr\'s own lines in the output, such as "Product activated successfully.", with no message window waiting',
          },
        ],
      }),
    },
    askTask: {
      meta: input({
        title: 'What is the task called?',
        body: ['Its name as Task Scheduler shows it (the Name column), without the folder.'],
        field: 'taskName',
        help: {
          commands: [{ purpose: 'List the scheduled tasks with their folder and name', shell: 'powershell', where: 'client', elevated: false, changes: false, text: 'Get-ScheduledTask | Format-Table TaskPath, TaskName -AutoSize' }],
          lookFor: 'The TaskName column. Tasks under \\Microsoft\\ belong to Windows; yours is usually in the root folder "\\".',
        },
      }),
      on: { ANSWER: { target: 'task', actions: 'saveAnswer' } },
    },
    task: {
      type: 'final',
      meta: resolution({
        title: 'Let the task "{taskName}" run elevated',
        cause: 'A scheduled task runs without administrator rights unless it is set to "Run with highest privileges" (RunLevel Highest) or runs as SYSTEM.',
        steps: [
          { text: 'On the machine, look first: RunLevel Limited means the task is not elevated. RunAs S-1-5-18 or SYSTEM is always elevated: then rights are not the problem.', commands: [{ ref: 'schtask-runlevel' }] },
          {
            text: 'Tick "Run with highest privileges" on the task\'s General tab in Task Scheduler, or run the command. If TaskPath is not "\\", put the folder before the name: /tn "\\Folder\\{taskName}". A task that runs whether the user is logged on or not asks for its account\'s password.',
            commands: [{ ref: 'schtask-run-highest' }],
          },
          'Run the task once: its Last Run Result in Task Scheduler ends in (0x0) when it succeeded.',
        ],
        verify: [
          { text: 'Look at the task again.', command: { ref: 'schtask-runlevel' }, expect: 'RunLevel Highest (or RunAs SYSTEM)' },
          { text: 'Run the task once, then look at it in Task Scheduler.', expect: 'Its Last Run Result ends in (0x0)' },
        ],
      }),
    },
    askComputer: {
      meta: input({
        title: 'Which computer was the command aimed at?',
        body: ['Its name (pc042 or pc042.corp.contoso.com) or IPv4 address.'],
        field: 'computerName',
        help: {
          commands: [{ ref: 'slmgr-dlv' }],
          lookFor: 'The name after slmgr.vbs in the command you ran (slmgr.vbs pc042 /ato), or the -ComputerName of your remote PowerShell command. On the computer itself, "hostname" prints its name.',
        },
      }),
      on: { ANSWER: { target: 'remote', actions: 'saveAnswer' } },
    },
    remote: {
      type: 'final',
      meta: resolution({
        title: 'Use an administrator account on {computerName}',
        cause: 'slmgr with a computer name and remote PowerShell act on {computerName} with the account you connect with, and that account must be an administrator there. A local (non-domain) account usually loses its administrator rights over the network.',
        steps: [
          { text: 'From your PC, look first: the remote check prints True when your account gets administrator rights on {computerName}.', commands: [{ ref: 'check-elevated-remote' }] },
          'False or "Access is denied": connect with a domain account that is in the Administrators group of {computerName}, or run the command on {computerName} itself in an elevated prompt.',
          { text: 'Then read its licence status over the network, and activate it.', commands: [{ ref: 'slmgr-dlv-remote' }, { ref: 'slmgr-ato-remote' }] },
        ],
        verify: [
          { text: 'Run the remote check again, with the account you will use.', command: { ref: 'check-elevated-remote' }, expect: 'True' },
          {
            text: 'After the remote activation, read the licence status of {computerName} over the network.',
            command: { ref: 'slmgr-dlv-remote' },
            expect: '"License Status: Licensed" (PowerShell: LicenseStatus Licensed)',
          },
        ],
      }),
    },
  },
});

/** The flow for "needs an elevated prompt" codes. */
export const elevationFlow = defineFlow({ id: 'elevation', title: 'Elevated prompt', machine });
