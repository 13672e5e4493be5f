// "I haven't checked / I can't tell" on every dns-srv question that asks the technician to read
// something: where it leads (the next check that does not need the answer, or a list of the
// checks in order with their commands), walked on the pure session.

import { describe, expect, it } from 'vitest';
import { resolveCommand } from '../../../src/catalog/catalog.js';
import { commandsOfSteps } from '../../../flows/step.js';
import { chooseEvent, currentFrame, currentStep, followNext, startSession, submit, type Session } from '../../../src/wizard/session.js';
import { pick } from './walk.js';

const notChecked = (s: Session) => chooseEvent(s, 'NOT_CHECKED');
const title = (s: Session) => (currentStep(s) as { title?: string }).title;

/** 0x8007232B to the lookup of corp.contoso.com. */
const atLookup = () => submit(startSession({ code: '0x8007232B' }), 'corp.contoso.com');
/** …to the question whether there is a KMS host. */
const atHasHost = () => pick(atLookup(), 'No record');
/** …to the question whether kms01 publishes its record. */
const atPublishing = () => submit(pick(atHasHost(), 'Yes, there is a KMS host'), 'kms01.corp.contoso.com');
/** …through a record for kms01 to the question whether it is today's host. */
const atRecordRight = () => submit(submit(pick(atLookup(), 'One or more records'), 'kms01.corp.contoso.com'), '');

describe('dns-srv: a question the technician could not answer', () => {
  it('the lookup: lists the DNS checks in order, each with its command', () => {
    const s = notChecked(atLookup());
    const step = currentStep(s);
    if (step.kind !== 'resolution') throw new Error(`not a resolution: ${title(s)}`);
    expect(step.title).toBe('Check DNS step by step');
    expect(commandsOfSteps(step.steps).map((c) => resolveCommand(c).text)).toEqual([
      'ipconfig /all', 'nslookup -type=soa {domain}', 'nslookup -type=srv _vlmcs._tcp.{domain}', 'cscript //nologo %windir%\\system32\\slmgr.vbs /ato',
    ]);
  });

  it('whether the record names today\'s host: the port test on that host', () => {
    let s = notChecked(atRecordRight());
    expect(currentFrame(s).flow).toBe('port-1688');
    s = submit(s, 'kms01.corp.contoso.com');
    expect(title(s)).toBe('Run this on the client. What does TcpTestSucceeded say?');
  });

  it('whether there is a KMS host: how to find out, then on to its name', () => {
    let s = notChecked(atHasHost());
    expect(title(s)).toBe('Find your KMS host');
    s = followNext(s);
    expect(title(s)).toBe('What is the KMS host\'s full DNS name?');
  });

  it('how to activate without a KMS host: what decides it', () => {
    const s = notChecked(pick(atHasHost(), 'No, there is no KMS host'));
    expect(title(s)).toBe('Choose how this PC activates');
  });

  it('whether the host publishes: the host itself, tried from the client', () => {
    expect(title(notChecked(atPublishing()))).toBe('Point the client straight at {kmsHost}: does it activate?');
  });

  it('whether publishing was turned off on purpose: turns it back on, the default', () => {
    expect(title(notChecked(pick(atPublishing(), 'DisableDnsPublishing is 0x1')))).toBe('Turn DNS publishing back on');
  });

  it('which DNS server refused the update: starts with the event\'s code', () => {
    expect(title(notChecked(pick(atPublishing(), 'Event 12293 with another code')))).toBe('Let DNS take the host\'s record');
  });

  it('which DNS server holds the record (0x80072338): srv-create asks it again, with its own way on', () => {
    const s = notChecked(startSession({ code: '0x80072338' }));
    expect(currentFrame(s).flow).toBe('srv-create');
  });

  it('whether the PC has a DNS server (0x8007232A): the DNS checks in order', () => {
    const s = notChecked(submit(startSession({ code: '0x8007232A' }), 'corp.contoso.com'));
    expect(title(s)).toBe('Check DNS step by step');
  });

  it('whether the DNS server answers: the lookup itself', () => {
    let s = pick(submit(startSession({ code: '0x8007232A' }), 'corp.contoso.com'), 'It lists one or more addresses');
    s = notChecked(submit(s, '10.0.0.10'));
    expect(title(s)).toBe('What does DNS return for _vlmcs._tcp.{domain}?');
  });

  it('the suffix, then the channel, then the direct try: each goes on to the next check', () => {
    let s = pick(atRecordRight(), 'Right, but activation still says');
    s = notChecked(s);
    expect(title(s)).toBe('What does the Description line of slmgr /dlv say?');
    s = notChecked(s);
    expect(title(s)).toBe('Point the client straight at {kmsHost}: does it activate?');
    s = notChecked(s);
    expect(currentFrame(s).flow).toBe('port-1688');
  });

  it('0x8007007B without the channel: asks the domain, then the lookup, never the channel again', () => {
    let s = notChecked(startSession({ code: '0x8007007B' }));
    expect(title(s)).toBe('Which DNS domain is the client in?');
    s = submit(s, 'corp.contoso.com');
    expect(title(s)).toBe('What does DNS return for _vlmcs._tcp.{domain}?');
  });
});
