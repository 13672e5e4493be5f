// Every word of every language the slmgr reader knows, each on its own: the licence status in
// its licensed and unlicensed (and grace) forms, and each label, read to what it means. A word
// the reader stops knowing fails here by name, not only in a golden file. The expected values are
// written out; the words are those src/readers/slmgr-words.ts lists (English from slmgr.vbs,
// "Lizenzstatus: Lizenziert" from facts.md §1.1, the rest the reader's own guesses).

import { describe, expect, it } from 'vitest';
import { readOutputUnguarded as readOutput } from '../../src/readers/read-output.js';
import type { LicenseStatus } from '../../src/readers/reading.js';

/** A /dli of a KMS client in one language, its status line written with `label`. */
const dli = (label: string, status: string) => [
  'Name: Windows(R), Enterprise edition',
  'Description: Windows(R) Operating System, VOLUME_KMSCLIENT channel',
  'Partial Product Key: 2YT43',
  `${label}: ${status}`,
].join('\r\n');

const STATUS: [label: string, printed: string, status: LicenseStatus][] = [
  ['License Status', 'Unlicensed', 'unlicensed'],
  ['Lizenzstatus', 'Nicht lizenziert', 'unlicensed'],
  ['Statut de la licence', 'Sans licence', 'unlicensed'],
  ['Statut de la licence', 'Non licencié', 'unlicensed'],
  ['Estado de la licencia', 'Sin licencia', 'unlicensed'],
  ['许可证状态', '未授权', 'unlicensed'],
  ['授權狀態', '未經授權', 'unlicensed'],
  ['License Status', 'Initial grace period', 'initial-grace'],
  ['Lizenzstatus', 'Anfängliche Kulanzzeit', 'initial-grace'],
  ['Statut de la licence', 'Période de grâce initiale', 'initial-grace'],
  ['License Status', 'Additional grace period (KMS license expired or hardware out of tolerance)', 'additional-grace'],
  ['Lizenzstatus', 'Zusätzliche Kulanzzeit', 'additional-grace'],
  ['License Status', 'Non-genuine grace period.', 'non-genuine-grace'],
  ['Lizenzstatus', 'Nicht-originale Kulanzzeit', 'non-genuine-grace'],
  ['License Status', 'Extended grace period', 'extended-grace'],
  ['Lizenzstatus', 'Erweiterte Kulanzzeit', 'extended-grace'],
  ['License Status', 'Notification', 'notification'],
  ['Lizenzstatus', 'Benachrichtigung', 'notification'],
  ['Estado de la licencia', 'Notificación', 'notification'],
  ['许可证状态', '通知', 'notification'],
  ['License Status', 'Licensed', 'licensed'],
  ['Lizenzstatus', 'Lizenziert', 'licensed'],
  ['Statut de la licence', 'Sous licence', 'licensed'],
  ['Statut de la licence', 'Avec licence', 'licensed'],
  ['Statut de la licence', 'Licencié', 'licensed'],
  ['Estado de la licencia', 'Con licencia', 'licensed'],
  ['许可证状态', '已授权', 'licensed'],
  ['授權狀態', '已授權', 'licensed'],
];

describe('the licence status, each word of each language', () => {
  it.each(STATUS)('%s: %s → %s', (label, printed, status) => {
    const { facts } = readOutput(dli(label, printed));
    expect({ licenseStatus: facts.licenseStatus, licenseStatusText: facts.licenseStatusText }).toEqual({ licenseStatus: status, licenseStatusText: printed });
  });

  // "Unlicensed" contains "licensed", "Nicht lizenziert" contains "lizenziert": read whole.
  it.each([
    ['Unlicensed', 'unlicensed'], ['UNLICENSED', 'unlicensed'], ['nicht lizenziert', 'unlicensed'],
    ['Licensed', 'licensed'], ['licensed', 'licensed'], ['LIZENZIERT', 'licensed'],
  ])('case does not matter: %s → %s', (printed, status) => {
    expect(readOutput(dli('License Status', printed)).facts.licenseStatus).toBe(status);
  });

  it.each(['Not licensed', 'Lizenz', 'grace period', 'Genuine', ''])('a status the reader does not know stays unread: "%s"', (printed) => {
    expect(readOutput(dli('License Status', printed)).facts.licenseStatus).toBeUndefined();
  });
});

describe('the labels, each of each language', () => {
  const GUID = '2ffd8952-423e-4903-b993-72a1aa44cf82';
  const CMID = '5b9e3bd1-5f43-4a77-8d0d-2d4b6e1b3a10';
  // [label, value, what it is read as]: each label on its own in a /dli or /dlv, English and
  // the German and French labels the reader knows.
  const LABELS: [string, string, object][] = [
    ['Name', 'Windows(R), Enterprise edition', { productName: 'Windows(R), Enterprise edition' }],
    ['Nom', 'Windows(R), Enterprise edition', { productName: 'Windows(R), Enterprise edition' }],
    ['Description', 'Windows(R) Operating System, RETAIL channel', { description: 'Windows(R) Operating System, RETAIL channel', channel: 'retail' }],
    ['Beschreibung', 'Windows(R) Operating System, RETAIL channel', { description: 'Windows(R) Operating System, RETAIL channel', channel: 'retail' }],
    ['Partial Product Key', '2YT43', { partialKey: '2YT43' }],
    ['Teil-Product Key', '2YT43', { partialKey: '2YT43' }],
    ['Teilweiser Product Key', '2YT43', { partialKey: '2YT43' }],
    ['Clé de produit partielle', '2YT43', { partialKey: '2YT43' }],
    ['Notification Reason', '0xC004F074.', { notificationReason: '0xC004F074' }],
    ['Benachrichtigungsgrund', '0xC004F074.', { notificationReason: '0xC004F074' }],
    ['Raison de la notification', '0xC004F074.', { notificationReason: '0xC004F074' }],
    ['Activation ID', GUID, { activationId: GUID }],
    ['Aktivierungs-ID', GUID, { activationId: GUID }],
    ["ID d'activation", GUID, { activationId: GUID }],
    ['Product Key Channel', 'Volume:MAK', { channel: 'mak', channelText: 'Volume:MAK' }],
    ['Software licensing service version', '10.0.22621.2506', { serviceVersion: '10.0.22621.2506' }],
    ['Client Machine ID (CMID)', CMID, { cmid: CMID }],
    ['Clientcomputer-ID (CMID)', CMID, { cmid: CMID }],
    ['KMS machine name from DNS', 'kms01.corp.contoso.com:1688', { kmsHostDiscovered: { host: 'kms01.corp.contoso.com', port: 1688 } }],
    ['Registered KMS machine name', 'kms02.corp.contoso.com:1690', { kmsHostRegistered: { host: 'kms02.corp.contoso.com', port: 1690 } }],
    ['KMS machine IP address', '10.0.0.21', { kmsHostAddress: '10.0.0.21' }],
    ['KMS SRV record lookup domain', 'emea.contoso.com', { lookupDomain: 'emea.contoso.com' }],
    ['Current count', '25', { currentCount: 25 }],
    ['Aktuelle Anzahl', '25', { currentCount: 25 }],
    ['Nombre actuel', '25', { currentCount: 25 }],
    ['Listening on Port', '1688', { listeningPort: 1688 }],
    ['Total requests received', '412', { totalRequests: 412 }],
    ['Failed requests received', '3', { failedRequests: 3 }],
    ['Volume activation expiration', '243720 minute(s) (169 day(s))', { graceMinutes: 243720 }],
    ['Timebased activation expiration', '86400 minute(s) (60 day(s))', { graceMinutes: 86400 }],
  ];

  it.each(LABELS)('%s: %s', (label, value, facts) => {
    expect(readOutput(`${label}: ${value}\r\nLicense Status: Licensed\r\n`).facts).toMatchObject(facts);
  });

  it('the Windows application ID under its label (English, German, French) marks a /dlv, and is never the CMID', () => {
    for (const label of ['Application ID', 'Anwendungs-ID', "ID d'application"]) {
      const reading = readOutput(`Name: Windows(R), Enterprise edition\r\n${label}: 55c92734-d682-4d71-983e-d6ec3f16059f\r\nLicense Status: Licensed\r\n`);
      expect({ kind: reading.kind, cmid: reading.facts.cmid }).toEqual({ kind: 'slmgr-dlv', cmid: undefined });
    }
  });

  it('a count of -1 or 4294967295 is "no count" (not a KMS host), any other is the count', () => {
    expect(readOutput('Current count: -1\r\nLicense Status: Licensed').facts.currentCount).toBeUndefined();
    expect(readOutput('Current count: 4294967295\r\nLicense Status: Licensed').facts.currentCount).toBeUndefined();
    expect(readOutput('Current count: 0\r\nLicense Status: Licensed').facts.currentCount).toBe(0);
    expect(readOutput('Current count: 50\r\nLicense Status: Licensed').facts.currentCount).toBe(50);
  });
});
