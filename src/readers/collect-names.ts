// The names in the JSON that `kms-doctor collect`'s script writes. The script is built from
// these names and the reader reads by them, so the two cannot drift apart. CIM objects keep
// their own property names (SoftwareLicensingProduct, SoftwareLicensingService).

/** The format version the script writes under COLLECT_KEYS.marker. */
export const COLLECT_FORMAT = 1;

/** Top-level names of the collected JSON. */
export const COLLECT_KEYS = {
  marker: 'KmsDoctorCollect',
  side: 'Side',
  computerName: 'ComputerName',
  domain: 'Domain',
  lookupDomain: 'LookupDomain',
  utcTime: 'UtcTime',
  product: 'Product',
  service: 'Service',
  srv: 'Srv',
  tcp: 'Tcp',
  events: 'Events',
  w32tm: 'W32tm',
} as const;

/** Names inside the SRV lookup object; each record keeps Resolve-DnsName's property names. */
export const SRV_KEYS = { name: 'Name', status: 'Status', error: 'Error', records: 'Records' } as const;

/** Resolve-DnsName's SRV record properties the script keeps. */
export const SRV_RECORD_PROPERTIES = ['NameTarget', 'Port', 'Priority', 'Weight'] as const;

/** Names inside the TCP test object. */
export const TCP_KEYS = { host: 'Host', port: 'Port', succeeded: 'Succeeded', error: 'Error' } as const;

/** Names inside each event object. */
export const EVENT_KEYS = { id: 'Id', time: 'TimeCreated', info: 'Info' } as const;

/** SoftwareLicensingProduct properties the script keeps (LicenseStatusReason as 0x… text). */
export const PRODUCT_PROPERTIES = [
  'ID', 'Name', 'Description', 'ProductKeyChannel', 'LicenseStatus', 'LicenseStatusReason', 'PartialProductKey',
  'GracePeriodRemaining', 'KeyManagementServiceMachine', 'KeyManagementServicePort',
  'DiscoveredKeyManagementServiceMachineName', 'DiscoveredKeyManagementServiceMachinePort',
] as const;

/** SoftwareLicensingService properties the script keeps on every machine. */
export const SERVICE_PROPERTIES = [
  'Version', 'ClientMachineID', 'KeyManagementServiceLookupDomain', 'KeyManagementServiceHostCaching',
  'IsKeyManagementServiceMachine',
] as const;

/** SoftwareLicensingService properties the script adds on a KMS host (--host-side). */
export const HOST_SERVICE_PROPERTIES = [
  'KeyManagementServiceCurrentCount', 'RequiredClientCount', 'KeyManagementServiceListeningPort',
  'KeyManagementServiceDnsPublishing', 'KeyManagementServiceLowPriority', 'KeyManagementServiceTotalRequests',
  'KeyManagementServiceFailedRequests',
] as const;

/** Which side of KMS a collection was made on. */
export type CollectSide = 'client' | 'host';
