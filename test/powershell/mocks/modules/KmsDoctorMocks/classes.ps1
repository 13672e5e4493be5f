# The CIM classes the collect script reads, with every property their Microsoft Learn pages
# document (SoftwareLicensingProduct and SoftwareLicensingService: the sppwmi class pages, plus
# the Windows 8 and later properties listed in "WMI Properties and Methods for Volume Activation",
# https://learn.microsoft.com/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/dn502536(v=ws.11),
# and ProductKeyChannel and KeyManagementServiceLookupDomain, which Windows 8 and later have;
# Win32_ComputerSystem: the properties the project reads). A mock instance has them all, null
# unless the case gives a value; a property the case names that the class lacks is an error.

$MockClasses = [ordered]@{
    SoftwareLicensingProduct = @(
        'ID', 'Name', 'Description', 'ApplicationID', 'ProcessorURL', 'MachineURL', 'ProductKeyURL', 'UseLicenseURL',
        'LicenseStatus', 'LicenseStatusReason', 'GracePeriodRemaining', 'EvaluationEndDate', 'OfflineInstallationId',
        'PartialProductKey', 'ProductKeyID', 'LicenseFamily', 'LicenseDependsOn', 'LicenseIsAddon', 'VLActivationInterval',
        'VLRenewalInterval', 'KeyManagementServiceProductKeyID', 'KeyManagementServiceMachine', 'KeyManagementServicePort',
        'DiscoveredKeyManagementServiceMachineName', 'DiscoveredKeyManagementServiceMachinePort', 'IsKeyManagementServiceMachine',
        'KeyManagementServiceCurrentCount', 'RequiredClientCount', 'KeyManagementServiceUnlicensedRequests',
        'KeyManagementServiceLicensedRequests', 'KeyManagementServiceOOBGraceRequests', 'KeyManagementServiceOOTGraceRequests',
        'KeyManagementServiceNonGenuineGraceRequests', 'KeyManagementServiceTotalRequests', 'KeyManagementServiceFailedRequests',
        'KeyManagementServiceNotificationRequests', 'GenuineStatus', 'ExtendedGrace', 'TokenActivationILID', 'TokenActivationILVID',
        'TokenActivationGrantNumber', 'TokenActivationCertificateThumbprint', 'TokenActivationAdditionalInfo', 'TrustedTime',
        'ProductKeyChannel', 'KeyManagementServiceLookupDomain'
    )
    SoftwareLicensingService = @(
        'Version', 'KeyManagementServiceMachine', 'KeyManagementServicePort', 'IsKeyManagementServiceMachine', 'VLActivationInterval',
        'VLRenewalInterval', 'KeyManagementServiceCurrentCount', 'RequiredClientCount', 'KeyManagementServiceProductKeyID',
        'DiscoveredKeyManagementServiceMachineName', 'DiscoveredKeyManagementServiceMachinePort', 'PolicyCacheRefreshRequired',
        'ClientMachineID', 'RemainingWindowsReArmCount', 'KeyManagementServiceListeningPort', 'KeyManagementServiceDnsPublishing',
        'KeyManagementServiceLowPriority', 'KeyManagementServiceHostCaching', 'KeyManagementServiceUnlicensedRequests',
        'KeyManagementServiceLicensedRequests', 'KeyManagementServiceOOBGraceRequests', 'KeyManagementServiceOOTGraceRequests',
        'KeyManagementServiceNonGenuineGraceRequests', 'KeyManagementServiceTotalRequests', 'KeyManagementServiceFailedRequests',
        'KeyManagementServiceNotificationRequests', 'TokenActivationILID', 'TokenActivationILVID', 'TokenActivationGrantNumber',
        'TokenActivationCertificateThumbprint', 'TokenActivationAdditionalInfo', 'KeyManagementServiceActivationDisabled',
        'OA3xOriginalProductKey', 'OA3xOriginalProductKeyDescription', 'KeyManagementServiceLookupDomain'
    )
    Win32_ComputerSystem = @('Name', 'Domain', 'PartOfDomain', 'Workgroup', 'DNSHostName', 'Manufacturer', 'Model')
}

function New-MockInstance {
    param([string]$ClassName, [object]$Values)
    $known = $MockClasses[$ClassName]
    $instance = [ordered]@{}
    foreach ($name in $known) { $instance[$name] = $null }
    foreach ($property in $Values.PSObject.Properties) {
        if ($known -notcontains $property.Name) { throw "mock Get-CimInstance: $ClassName has no property $($property.Name)" }
        $instance[$property.Name] = $property.Value
    }
    $object = [pscustomobject]$instance
    $object.PSObject.TypeNames.Insert(0, "Microsoft.Management.Infrastructure.CimInstance#root/cimv2/$ClassName")
    $object
}

# An event as Get-WinEvent gives it (EventLogRecord): Id, its time, its log and provider, and
# Properties, the event's data fields in order, each with a Value.
function New-MockEvent {
    param([object]$Values)
    [pscustomobject]@{
        Id           = [int]$Values.Id
        TimeCreated  = [datetime]::Parse($Values.TimeCreated, [cultureinfo]::InvariantCulture, [System.Globalization.DateTimeStyles]::AdjustToUniversal -bor [System.Globalization.DateTimeStyles]::AssumeUniversal).ToLocalTime()
        LogName      = $Values.LogName
        ProviderName = $Values.ProviderName
        Properties   = @($Values.Properties | ForEach-Object { [pscustomobject]@{ Value = $_ } })
        Message      = $Values.Message
    }
}
