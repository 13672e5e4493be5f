// The words slmgr prints, so its output can be read by label. The English labels and
// sentences are slmgr.vbs's own (facts.md §4, §1.1). A few German and French labels are
// added as guesses, marked below: they only add to what the shape-based fallbacks in
// slmgr.ts already find without any label (GUIDs, codes, host:port, channel tokens).

import type { Channel, LicenseStatus } from './reading.js';

/** What a labelled slmgr line holds. */
export type SlmgrField =
  | 'productName' | 'description' | 'partialKey' | 'licenseStatus' | 'notificationReason' | 'activationId'
  | 'applicationId' | 'extendedPid' | 'productKeyChannel' | 'installationId' | 'serviceVersion' | 'cmid'
  | 'kmsHostDiscovered' | 'kmsHostRegistered' | 'kmsHostAddress' | 'kmsPid' | 'currentCount' | 'listeningPort'
  | 'totalRequests' | 'failedRequests' | 'graceExpiration' | 'rearmCount' | 'trustedTime' | 'activationType'
  | 'lookupDomain' | 'interval';

/** slmgr's English labels, lower case, without the colon. */
const ENGLISH: Record<string, SlmgrField> = {
  'name': 'productName',
  'description': 'description',
  'partial product key': 'partialKey',
  'license status': 'licenseStatus',
  'notification reason': 'notificationReason',
  'activation id': 'activationId',
  'application id': 'applicationId',
  'extended pid': 'extendedPid',
  'product key channel': 'productKeyChannel',
  'installation id': 'installationId',
  'software licensing service version': 'serviceVersion',
  'client machine id (cmid)': 'cmid',
  'kms machine name from dns': 'kmsHostDiscovered',
  'registered kms machine name': 'kmsHostRegistered',
  'kms machine ip address': 'kmsHostAddress',
  'kms machine extended pid': 'kmsPid',
  'kms srv record lookup domain': 'lookupDomain',
  'current count': 'currentCount',
  'listening on port': 'listeningPort',
  'total requests received': 'totalRequests',
  'failed requests received': 'failedRequests',
  'volume activation expiration': 'graceExpiration',
  'timebased activation expiration': 'graceExpiration',
  'remaining windows rearm count': 'rearmCount',
  'remaining sku rearm count': 'rearmCount',
  'trusted time': 'trustedTime',
  'configured activation type': 'activationType',
  'activation interval': 'interval',
  'renewal interval': 'interval',
};

// Guesses, not copied from a real localised slmgr (none was found; facts.md §6). "Lizenzstatus"
// is the one confirmed German label (facts.md §1.1).
const LOCALISED: Record<string, SlmgrField> = {
  'beschreibung': 'description',
  'lizenzstatus': 'licenseStatus',
  'teil-product key': 'partialKey',
  'teilweiser product key': 'partialKey',
  'benachrichtigungsgrund': 'notificationReason',
  'aktivierungs-id': 'activationId',
  'anwendungs-id': 'applicationId',
  'aktuelle anzahl': 'currentCount',
  'nom': 'productName',
  'statut de la licence': 'licenseStatus',
  'clé de produit partielle': 'partialKey',
  'raison de la notification': 'notificationReason',
  "id d'activation": 'activationId',
  "id d'application": 'applicationId',
  'nombre actuel': 'currentCount',
};

/** The field of an slmgr label, English first; undefined for a label not known. */
export function slmgrField(label: string): SlmgrField | undefined {
  if (label.includes('cmid')) return 'cmid';
  return ENGLISH[label] ?? LOCALISED[label];
}

// Status words, negative forms before positive ones ("Unlicensed" contains "licensed").
// English from slmgr.vbs; the others are guesses like the labels above.
const STATUS_WORDS: readonly [RegExp, LicenseStatus][] = [
  [/^(unlicensed|nicht lizenziert|sans licence|non licenci|sin licencia|未授权|未經授權)/i, 'unlicensed'],
  [/^(initial grace|anfängliche kulanz|période de grâce initiale)/i, 'initial-grace'],
  [/^(additional grace|zusätzliche kulanz)/i, 'additional-grace'],
  [/^(non-genuine grace|nicht-originale)/i, 'non-genuine-grace'],
  [/^(extended grace|erweiterte kulanz)/i, 'extended-grace'],
  [/^(notification|benachrichtigung|notificación|通知)/i, 'notification'],
  [/^(licensed|lizenziert|sous licence|avec licence|licencié|con licencia|已授权|已授權)/i, 'licensed'],
];

/** The licence status slmgr's words name (the PowerShell twins print the same words). */
export function statusOf(value: string): LicenseStatus | undefined {
  const text = value.trim();
  for (const [re, status] of STATUS_WORDS) if (re.test(text)) return status;
  return undefined;
}

// Channel tokens are licence data, not text: they are the same in every language.
const CHANNEL_TOKEN = /\b(VOLUME_KMSCLIENT|VOLUME_KMS[A-Z0-9_-]*|VOLUME_MAK|RETAIL|OEM_[A-Z_]+|TIMEBASED_EVAL)\b/;
const KEY_CHANNEL = /^(Volume:GVLK|Volume:MAK|Volume:CSVLK|Retail(?::TB:Eval)?|OEM:[A-Z]+)$/i;

/** The channel token of a Description line (or of any line holding one). */
export function channelToken(line: string): string | undefined {
  return CHANNEL_TOKEN.exec(line)?.[1];
}

/** A ProductKeyChannel value (Volume:GVLK …) written alone. */
export const isKeyChannel = (value: string): boolean => KEY_CHANNEL.test(value.trim());

/** The kind of key a channel token or ProductKeyChannel value names. */
export function channelOf(token: string): Channel | undefined {
  const t = token.toUpperCase();
  if (t === 'VOLUME_KMSCLIENT' || t === 'VOLUME:GVLK') return 'kms-client';
  if (t.startsWith('VOLUME_KMS') || t === 'VOLUME:CSVLK') return 'kms-host';
  if (t === 'VOLUME_MAK' || t === 'VOLUME:MAK') return 'mak';
  if (t === 'TIMEBASED_EVAL' || t === 'RETAIL:TB:EVAL') return 'eval';
  if (t === 'RETAIL') return 'retail';
  if (t.startsWith('OEM')) return 'oem';
  return undefined;
}

/** The code slmgr's non-genuine notification sentence stands for (slmgr.vbs HR_SL_E_NOT_GENUINE). */
export const NOT_GENUINE = '0xC004F200';

/** slmgr's sentences (English), each with what it says. */
export const SENTENCES = {
  activating: /^Activating (.+?) \(([0-9a-f-]{36})\) ?\.\.\.$/i,
  activated: /^Product activated successfully\.?$/i,
  productNotFound: /^Error: product (?:key )?not found\.?$/i,
  installedKey: /^Installed product key (\S+) successfully\.?$/i,
  skms: /^Key Management Service machine name set to (\S+) successfully\.?$/i,
  action: /successfully\.?$|^Command completed successfully/i,
  volumeExpiry: /^(?:Volume|Timebased) activation will expire (.+)$/i,
  permanent: /^The machine is permanently activated\.?$/i,
  notificationMode: /^Windows is in Notification mode/i,
  // slmgr.vbs L_MsgErrorText_12, printed (after "Error: ") when LicenseStatus is 5 with the
  // reason 0xC004F200 (HR_SL_E_NOT_GENUINE): the sentence stands for that code.
  nonGenuine: /^(?:Error:\s*)?Windows is running within the non-genuine notification period\b/i,
  kmsEnabled: /^Key Management Service is enabled on this machine/i,
  kmsInfoPending: /^Please use slmgr\.vbs \/ato to activate and update KMS client information/i,
  publishing: /^DNS publishing (enabled|disabled)/i,
  caching: /^KMS host caching is (enabled|disabled)/i,
} as const;
