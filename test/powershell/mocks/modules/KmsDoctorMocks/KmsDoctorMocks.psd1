# Stand-ins for the Windows cmdlets the collect script calls and Linux PowerShell lacks. This
# folder is put on PSModulePath, so PowerShell finds these the way Windows finds the real ones.
@{
    RootModule        = 'KmsDoctorMocks.psm1'
    ModuleVersion     = '1.0.0'
    GUID              = '6f0c2a51-3a8e-4d1f-9a57-0d2f5c6e7b18'
    Description       = 'kms-doctor test mocks: Get-CimInstance, Get-WinEvent, Resolve-DnsName'
    FunctionsToExport = @('Get-CimInstance', 'Get-WinEvent', 'Resolve-DnsName')
    CmdletsToExport   = @()
    AliasesToExport   = @()
    VariablesToExport = @()
}
