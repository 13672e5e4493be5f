// Which KMS host a client uses, read where it shows on a client that is not activated. slmgr
// /dlv prints the host and the CMID only when License Status is Licensed, and the clients
// kms-doctor diagnoses are exactly the ones that are not: their event 12288 and the licensing
// service's CIM properties show it either way.

import type { Help } from '../step.js';

/** "How do I find out?" for "which KMS host does this client use?". */
export const KMS_HOST_IN_USE_HELP: Help = {
  commands: [{ ref: 'events-client' }, { ref: 'client-kms-info' }],
  lookFor: 'The client\'s event 12288 names the host it asked as its third value, e.g. kms01.corp.contoso.com:1688. In the PowerShell query, KeyManagementServiceMachine is a host set by hand (/skms) and DiscoveredKeyManagementServiceMachineName the one DNS found last. slmgr /dlv names the host only once the client is activated. Azure VMs use azkms.core.windows.net:1688.',
};
