// Issue 15, items 9–14: facts an expert corrected, checked where the wizard and explain show
// them — the data (commands, checks, catalog entries) and the flows' own steps.

import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { entryCommands, findError, getCatalog, resolveCommand, resolveVerify } from '../../src/catalog/catalog.js';
import { answerFromOutput } from '../../src/readers/answer-rules.js';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import { stepOf } from '../../src/wizard/session.js';
import { FLOWS } from '../../flows/registry.js';
import type { FlowId } from '../../flows/ids.js';
import { actionsOf, commandsOfSteps, type CommandItem, type ResolutionStep, type Step } from '../../flows/step.js';
import { allResolutions } from '../support/resolutions.js';
import { commandsIn, everyCommand, flowMetas } from '../support/steps.js';

const library = getCatalog().commands;

/** The step a flow shows after these events from its start. */
function stepAfter(flow: FlowId, events: string[], input: object = {}): Step {
  const { machine } = FLOWS[flow];
  let [snapshot] = initialTransition(machine, input) as [AnyMachineSnapshot, unknown];
  for (const type of events) [snapshot] = transition(machine, snapshot, { type } as never) as [AnyMachineSnapshot, unknown];
  return stepOf(snapshot);
}

/** Every command of a resolution: each step's, then any not yet placed under one. */
const commandsOf = (r: ResolutionStep): CommandItem[] => [...commandsOfSteps(r.steps), ...(r.commands ?? [])];
/** A resolution's step texts, one a line. */
const stepTexts = (r: { steps: ResolutionStep['steps'] }) => actionsOf(r.steps).map((a) => a.text).join('\n');

const texts = (items: readonly CommandItem[]) => items.map(resolveCommand).flatMap((c) => [c.text, c.twin?.text ?? '']).join('\n');

describe('item 9: sppsvc is trigger-started on clients; Running is expected only on a KMS host', () => {
  // Every check, in the library and written out in flows and catalog entries, resolved.
  const checks = [
    ...Object.values(getCatalog().verify),
    ...getCatalog().errors.flatMap((e) => e.verify.map(resolveVerify)),
    ...allResolutions().flatMap((r) => r.step.verify.map(resolveVerify)),
  ];
  const serviceChecks = checks.filter((v) => v.command && /Get-Service sppsvc/.test(resolveCommand(v.command).text));

  it('finds the checks that show the service', () => {
    expect(serviceChecks.length).toBeGreaterThan(1);
  });

  it('no check on a client expects "Status Running"; each says Stopped is normal there', () => {
    const onClients = serviceChecks.filter((v) => resolveCommand(v.command!).where !== 'kms-host');
    expect(onClients.length).toBeGreaterThan(0);
    for (const v of onClients) {
      expect(v.expect, v.text).not.toMatch(/^Status Running/);
      expect(v.expect, v.text).toMatch(/Stopped later is normal on a client/);
    }
  });

  it('no step of a code that runs on a client says "if it is stopped, start it" or that the service must be running', () => {
    const onClient = getCatalog().errors.filter((e) => entryCommands(e).map(resolveCommand).some((c) => /sppsvc/.test(c.text) && c.where === 'client'));
    expect(onClient.map((e) => e.code)).toEqual(expect.arrayContaining(['0xC004F075', '0x8007007E']));
    for (const e of onClient) {
      const steps = stepTexts(e.resolution);
      expect(steps, e.code).not.toMatch(/If it is stopped, start it/i);
      // "is running" only where the KMS host is meant.
      for (const sentence of steps.split(/(?<=\.)\s/)) if (/\(sppsvc\) is running|must be Running/.test(sentence)) expect(sentence, e.code).toMatch(/KMS host/);
    }
  });

  it('0xC004F075 checks that the service can start, with its start type and its own events (902, 903, 16384)', () => {
    const entry = findError('0xC004F075')!;
    const commands = texts(entryCommands(entry));
    expect(commands).toContain('Get-Service sppsvc | Format-List Name, Status, StartType');
    expect(commands).toContain('Id=902,903,16384');
    expect(commands).toContain('Start-Service sppsvc');
    expect(stepTexts(entry.resolution)).toContain('Successfully scheduled Software Protection service for re-start');
  });
});

describe('item 10: only a Windows Server evaluation converts; ask client or server first', () => {
  it('triage: the TIMEBASED_EVAL channel asks Windows Server or Windows client before any DISM', () => {
    const step = stepAfter('triage', ['NO_CODE', 'EVAL']);
    expect(step.kind).toBe('question');
    if (step.kind === 'question') expect(step.options.map((o) => o.event)).toEqual(['SERVER', 'CLIENT', 'NOT_CHECKED']);
  });

  it('triage: a Windows client evaluation is reinstalled, never converted', () => {
    const step = stepAfter('triage', ['NO_CODE', 'EVAL', 'CLIENT']) as ResolutionStep;
    expect(step.kind).toBe('resolution');
    expect(texts(commandsOf(step))).not.toContain('/Set-Edition');
    expect(step.cause).toMatch(/Windows 10 or 11 Enterprise Evaluation/);
    expect(stepTexts(step)).toMatch(/volume licensing media/);
  });

  it('triage: a Windows Server evaluation converts with DISM', () => {
    const step = stepAfter('triage', ['NO_CODE', 'EVAL', 'SERVER']) as ResolutionStep;
    expect(texts(commandsOf(step))).toContain('/Set-Edition:');
    expect(step.title).toMatch(/Windows Server evaluation/);
  });

  it('product-key: "an evaluation edition" asks the same before offering Windows Server editions', () => {
    const { machine } = FLOWS['product-key'];
    const [first] = initialTransition(machine, { code: '0xC004F069' }) as [AnyMachineSnapshot, unknown];
    const at = machine.resolveState({ value: 'whichEdition', context: first.context });
    const [next] = transition(machine, at, { type: 'EVAL' } as never) as [AnyMachineSnapshot, unknown];
    const step = stepOf(next);
    expect(step.kind).toBe('question');
    if (step.kind === 'question') expect(step.options.map((o) => o.event)).toEqual(['SERVER', 'CLIENT', 'NOT_CHECKED']);
    const [client] = transition(machine, next, { type: 'CLIENT' } as never) as [AnyMachineSnapshot, unknown];
    expect(texts(commandsOf(stepOf(client) as ResolutionStep))).not.toContain('/Set-Edition');
  });

  it('the question reads the Name line: ServerStandardEval is a server, EnterpriseEval a client', () => {
    const dlv = (name: string) => readOutput(`Name: Windows(R), ${name} edition\nDescription: Windows(R) Operating System, TIMEBASED_EVAL channel\nLicense Status: Licensed\n`);
    expect(answerFromOutput('evaluation-kind', dlv('ServerStandardEval'), {})).toMatchObject({ ok: true, event: 'SERVER' });
    expect(answerFromOutput('evaluation-kind', dlv('EnterpriseEval'), {})).toMatchObject({ ok: true, event: 'CLIENT' });
  });

  it('0xC004F069 converts only a Windows Server evaluation, and says a Windows 10/11 one is reinstalled', () => {
    const steps = stepTexts(findError('0xC004F069')!.resolution);
    expect(steps).toMatch(/Windows Server Evaluation edition: on the client, list the editions/);
    expect(steps).toMatch(/Windows 10 or 11 Enterprise Evaluation cannot be converted or activated/);
  });
});

describe('item 11: the publish list is added to, never replaced', () => {
  const writers = Object.entries(library).flatMap(([id, c]) => [[id, c.text], ...(c.twin ? [[`${id} (PowerShell)`, c.twin.text]] : [])])
    .filter(([, text]) => /DnsDomainPublishList/.test(text!) && /(New|Set)-ItemProperty|reg add/.test(text!));

  it('every command that writes DnsDomainPublishList keeps the domains already there', () => {
    expect(writers.length).toBeGreaterThan(0);
    for (const [id, text] of writers) expect(text, id).toMatch(/\$old \+ \$add/);
  });

  it('method 5 (procedures.m5Publish) uses a merging command', () => {
    const m5 = allResolutions().find((r) => r.flow === 'procedures' && r.state === 'm5Publish')!;
    const writing = commandsOf(m5.step).map(resolveCommand).filter((c) => /DnsDomainPublishList/.test(c.text) && c.changes);
    expect(writing.length).toBe(1);
    expect(writing[0]!.text).toMatch(/\$old \+ \$add/);
  });
});

describe('item 12: a KMS host that is the forest root\'s PDC emulator takes an external time source', () => {
  const fixes = Object.fromEntries(allResolutions().filter((r) => r.flow === 'clock-skew' && /^fix/.test(r.state)).map((r) => [r.state, r.step]));

  it.each(['fixHostClock', 'fixBothClocks'])('%s says so and leads on to the PDC emulator\'s commands', (state) => {
    const step = fixes[state]!;
    expect(stepTexts(step)).toMatch(/forest root's PDC emulator takes its time from outside the domain/);
    expect(step.next?.event).toBe('PDC');
    const pdc = allResolutions().find((r) => r.flow === 'clock-skew' && r.state === 'pdcClock')!.step;
    expect(pdc.cause).toMatch(/must not take its time from that hierarchy but from an external NTP server/);
    expect(texts(commandsOf(pdc))).toContain('w32tm /config /manualpeerlist:time.windows.com /syncfromflags:manual /reliable:yes /update');
    expect(texts(commandsOf(pdc))).toContain('(Get-ADDomain (Get-ADForest).RootDomain).PDCEmulator');
  });

  it('the client\'s clock fix has no PDC step', () => {
    expect(texts(commandsOf(fixes.fixClientClock!))).not.toContain('/reliable:yes');
  });

  it('the domain-hierarchy command says the PDC emulator is the exception', () => {
    expect(library['w32tm-config-domhier']!.purpose).toMatch(/but the forest root's PDC emulator/);
  });
});

describe('item 14: no command uses WMIC (off by default from Windows 11 24H2)', () => {
  it('0xC004F06B reads the host\'s version with the existing host-OS-version command', () => {
    const items = entryCommands(findError('0xC004F06B')!);
    expect(items).toContainEqual({ ref: 'host-os-version' });
    expect(texts(items)).not.toMatch(/\bwmic\b/i);
  });

  it('nowhere else either: library, catalog, flows', () => {
    const all = [...everyCommand(), ...commandsIn(flowMetas()).map(resolveCommand)];
    expect(all.filter((c) => /\bwmic\b/i.test(c.text)).map((c) => c.text)).toEqual([]);
  });
});
