// Commands aimed at the KMS host and the "How do I find out?" texts the KMS host flow's screens
// share. Apart because the flow, its compatibility pickers and its verdicts all use them.

import type { CommandRef, Help, Option } from '../step.js';

/** A library command run on the KMS host instead of the client. */
export const onHost = (ref: string, purpose?: string): CommandRef => ({ ref, where: 'kms-host', ...(purpose ? { purpose } : {}) });

/** The KMS host's licence status. */
export const HOST_DLV = onHost('slmgr-dlv', 'Show the KMS host\'s licence status, key channel and partial key');
/** Activating the KMS host with Microsoft. */
export const HOST_ATO = onHost('slmgr-ato', 'Activate the KMS host with Microsoft');
/** Activating the client again once the host is fixed. */
export const CLIENT_ATO: CommandRef = { ref: 'slmgr-ato', purpose: 'Activate the client again' };

/** Is the host activated, and with a host key? */
export const hostHelp: Help = {
  commands: [HOST_DLV],
  lookFor: 'On the KMS host: "License Status: Licensed" means it is activated. The Description line names the channel of its key: VOLUME_KMS… (but not VOLUME_KMSCLIENT) is a KMS host key.',
};
/** Which Windows the host runs. */
export const versionHelp: Help = {
  commands: [onHost('host-os-version')],
  lookFor: 'The Caption line, e.g. "Microsoft Windows Server 2019 Standard". Windows Server Datacenter: Azure Edition can\'t be a KMS host; a host on a Windows client version activates only Windows client versions.',
};
/** Which host key the host has. */
export const keyHelp: Help = {
  commands: [HOST_DLV],
  lookFor: 'Your licence records (Volume Licensing Service Center, Product Keys) name the host key\'s Windows version; compare their last five characters with "Partial Product Key:" on the host.',
};

/** The next step of the ends that say "set up a KMS host on another Windows". */
export const PICK_NEW_HOST: Option = { label: 'Choose the new host\'s Windows', event: 'PICK' };
