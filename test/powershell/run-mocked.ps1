# Runs a script as `powershell -File` would, in a fresh runspace of this process, with the
# environment a test gives (which mock case to answer from, the computer's name): the mocks
# themselves are a module on PSModulePath and a w32tm on PATH (test/powershell/mocks/), found
# the way Windows finds the real ones. Strict mode, when asked, turns a misspelt variable or
# property into an error. Returns what the script printed, its error records and, when it
# stopped, why.

function Invoke-Mocked {
    param([string]$Text, [object]$Environment, [bool]$StrictMode, [int]$TimeoutSeconds = 60)
    $saved = @{}
    foreach ($property in @($Environment.PSObject.Properties)) {
        $saved[$property.Name] = [Environment]::GetEnvironmentVariable($property.Name)
        [Environment]::SetEnvironmentVariable($property.Name, [string]$property.Value)
    }
    $shell = [powershell]::Create()
    try {
        if ($StrictMode) {
            [void]$shell.AddScript('Set-StrictMode -Version Latest').Invoke()
            $shell.Commands.Clear()
        }
        [void]$shell.AddScript($Text)
        $started = [DateTime]::UtcNow
        $async = $shell.BeginInvoke()
        $stopped = $null
        $output = @()
        if (-not $async.AsyncWaitHandle.WaitOne($TimeoutSeconds * 1000)) {
            $shell.Stop()
            $stopped = "did not finish within $TimeoutSeconds s"
        } else {
            try { $output = @($shell.EndInvoke($async)) } catch { $stopped = $_.Exception.InnerException.Message; if (-not $stopped) { $stopped = "$_" } }
        }
        [ordered]@{
            output = (@($output | ForEach-Object { "$_" }) -join "`n")
            errors = @($shell.Streams.Error | ForEach-Object { "$_ ($($_.FullyQualifiedErrorId))" })
            stopped = $stopped
            seconds = ([DateTime]::UtcNow - $started).TotalSeconds
        }
    } finally {
        $shell.Dispose()
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    }
}
