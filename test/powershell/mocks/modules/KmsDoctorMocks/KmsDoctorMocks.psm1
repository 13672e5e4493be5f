# The mocks answer from the case file KMS_DOCTOR_MOCK_CASE names (test/powershell/mocks/cases/),
# with objects shaped as Windows returns them: every property the class documents (classes.ps1),
# the case's values on top; errors with the messages, ids and categories Windows gives. A call
# the mocks do not know (another class, a WQL filter they cannot read) is an error, so a change
# to the script cannot pass unnoticed.

. (Join-Path -Path $PSScriptRoot -ChildPath 'classes.ps1')

function Read-MockCase {
    $path = $env:KMS_DOCTOR_MOCK_CASE
    if (-not $path) { throw 'KMS_DOCTOR_MOCK_CASE is not set: which case should the mocks answer from?' }
    Get-Content -LiteralPath $path -Raw | ConvertFrom-Json
}

# A real cmdlet's error stops the caller when the caller's $ErrorActionPreference (or its
# -ErrorAction) says Stop, as the collect script's does. A module function would read the
# module's own preference instead: $Cmdlet.SessionState is the caller's.
function Write-MockError {
    param([System.Management.Automation.PSCmdlet]$Cmdlet, [System.Management.Automation.ErrorRecord]$Record)
    $preference = $Cmdlet.SessionState.PSVariable.GetValue('ErrorActionPreference')
    if ($Cmdlet.MyInvocation.BoundParameters.ContainsKey('ErrorAction')) { $preference = $Cmdlet.MyInvocation.BoundParameters['ErrorAction'] }
    if ("$preference" -eq 'Stop') { $Cmdlet.ThrowTerminatingError($Record) }
    $Cmdlet.WriteError($Record)
}

function New-MockError {
    param([string]$Message, [string]$ErrorId, [System.Management.Automation.ErrorCategory]$Category, [object]$Target)
    [System.Management.Automation.ErrorRecord]::new([System.Exception]::new($Message), $ErrorId, $Category, $Target)
}

# WQL as the collect script writes it: conditions joined by AND, each Name='text', Name=number,
# Name=TRUE/FALSE, Name IS NULL or Name IS NOT NULL.
function Test-WqlFilter {
    param([object]$Instance, [string]$Filter)
    foreach ($condition in ($Filter -split '\s+AND\s+')) {
        $value = $null
        if ($condition -match "^\s*(\w+)\s+IS\s+(NOT\s+)?NULL\s*$") {
            $isNull = $null -eq $Instance.($Matches[1])
            if ($Matches[2]) { if ($isNull) { return $false } } elseif (-not $isNull) { return $false }
        } elseif ($condition -match "^\s*(\w+)\s*=\s*'([^']*)'\s*$") {
            if ("$($Instance.($Matches[1]))" -ne $Matches[2]) { return $false }
        } elseif ($condition -match '^\s*(\w+)\s*=\s*(TRUE|FALSE)\s*$') {
            if ([bool]$Instance.($Matches[1]) -ne ($Matches[2] -eq 'TRUE')) { return $false }
        } elseif ($condition -match '^\s*(\w+)\s*=\s*(\d+)\s*$') {
            if ([long]$Instance.($Matches[1]) -ne [long]$Matches[2]) { return $false }
        } else {
            throw "mock Get-CimInstance: cannot read the WQL condition [$condition]"
        }
    }
    $true
}

function Get-CimInstance {
    [CmdletBinding()]
    param(
        [Parameter(Position = 0)][string]$ClassName,
        [string]$Filter,
        [string]$Namespace,
        [string[]]$ComputerName,
        [string[]]$Property,
        [uint32]$OperationTimeoutSec
    )
    $case = Read-MockCase
    if ($case.cimError) {
        $e = $case.cimError
        Write-MockError -Cmdlet $PSCmdlet -Record (New-MockError -Message $e.message -ErrorId $e.errorId -Category $e.category -Target $ClassName)
        return
    }
    if (-not $MockClasses.Contains($ClassName)) { throw "mock Get-CimInstance: no class $ClassName in the mocks" }
    foreach ($values in @($case.cim.$ClassName)) {
        if ($null -eq $values) { continue }
        $instance = New-MockInstance -ClassName $ClassName -Values $values
        if (-not $Filter -or (Test-WqlFilter -Instance $instance -Filter $Filter)) { $instance }
    }
}

function Get-WinEvent {
    [CmdletBinding()]
    param(
        [Parameter(Position = 0)][hashtable[]]$FilterHashtable,
        [long]$MaxEvents = [long]::MaxValue,
        [string[]]$LogName,
        [string[]]$ProviderName,
        [switch]$Oldest
    )
    $case = Read-MockCase
    foreach ($filter in $FilterHashtable) {
        if (@($case.missingLogs) -contains $filter.LogName) {
            Write-MockError -Cmdlet $PSCmdlet -Record (New-MockError -Message "There is not an event log on the localhost computer that matches `"$($filter.LogName)`"." `
                -ErrorId 'NoMatchingLogsFound' -Category ObjectNotFound -Target $filter.LogName)
            return
        }
        $ids = @($filter.Id)
        $found = @($case.events | Where-Object {
            $_.LogName -eq $filter.LogName -and ($ids -contains $_.Id) -and (-not $filter.ProviderName -or $_.ProviderName -eq $filter.ProviderName)
        } | Sort-Object -Property { [datetime]$_.TimeCreated } -Descending | Select-Object -First $MaxEvents)
        if ($found.Count -eq 0) {
            Write-MockError -Cmdlet $PSCmdlet -Record (New-MockError -Message 'No events were found that match the specified selection criteria.' `
                -ErrorId 'NoMatchingEventsFound' -Category ObjectNotFound -Target $null)
            return
        }
        foreach ($entry in $found) { New-MockEvent -Values $entry }
    }
}

function Resolve-DnsName {
    [CmdletBinding()]
    param(
        [Parameter(Position = 0, Mandatory = $true)][string]$Name,
        [Parameter(Position = 1)][string]$Type = 'A_AAAA',
        [string[]]$Server,
        [switch]$DnsOnly,
        [switch]$CacheOnly,
        [switch]$NoHostsFile,
        [switch]$QuickTimeout,
        [switch]$TcpOnly
    )
    $case = Read-MockCase
    $answer = $case.dns.$Name
    if ($null -eq $answer -or $answer.error -eq 'nxdomain') {
        Write-MockError -Cmdlet $PSCmdlet -Record (New-MockError -Message "$Name : DNS name does not exist" -ErrorId 'DNS_ERROR_RCODE_NAME_ERROR' -Category ResourceUnavailable -Target $Name)
        return
    }
    if ($answer.error -eq 'timeout') {
        Write-MockError -Cmdlet $PSCmdlet -Record (New-MockError -Message "$Name : This operation returned because the timeout period expired" -ErrorId 'ERROR_TIMEOUT' -Category OperationTimeout -Target $Name)
        return
    }
    foreach ($record in @($answer.records)) {
        [pscustomobject]@{ Name = $Name; Type = 'SRV'; TTL = 3600; Section = 'Answer'; NameTarget = $record.NameTarget; Priority = $record.Priority; Weight = $record.Weight; Port = $record.Port }
    }
    # Windows adds the targets' addresses in the Additional section: the script must skip them.
    foreach ($record in @($answer.records)) {
        [pscustomobject]@{ Name = $record.NameTarget; Type = 'A'; TTL = 3600; Section = 'Additional'; IPAddress = '10.0.0.21' }
    }
}

Export-ModuleMember -Function Get-CimInstance, Get-WinEvent, Resolve-DnsName
