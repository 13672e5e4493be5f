# A PowerShell that answers the tests' requests, one JSON object a line on standard input, one
# JSON answer a line on standard output, until its input ends: starting pwsh takes about a
# second and a half, answering a request a few milliseconds (test/powershell/pwsh-host.ts).
#   {"id":1,"op":"analyse","text":"Get-Service sppsvc"}   what the parser finds (analyse.ps1)
#   {"id":2,"op":"run","text":"…","case":"/path/case.json","env":{…}}   runs a script with the mocks
#   (run-mocked.ps1)

$ErrorActionPreference = 'Stop'
[Console]::InputEncoding = [System.Text.UTF8Encoding]::new($false)
[Console]::OutputEncoding = [System.Text.UTF8Encoding]::new($false)
. (Join-Path -Path $PSScriptRoot -ChildPath 'analyse.ps1')
. (Join-Path -Path $PSScriptRoot -ChildPath 'run-mocked.ps1')

while ($null -ne ($line = [Console]::In.ReadLine())) {
    if ($line.Trim() -eq '') { continue }
    $request = $line | ConvertFrom-Json
    try {
        $result = switch ($request.op) {
            'analyse' { Get-ScriptFacts -Text $request.text }
            'run' { Invoke-Mocked -Text $request.text -Environment $request.env -StrictMode ([bool]$request.strict) }
            default { throw "unknown op: $($request.op)" }
        }
        $reply = [ordered]@{ id = $request.id; ok = $true; result = $result }
    } catch {
        $reply = [ordered]@{ id = $request.id; ok = $false; error = "$_" }
    }
    [Console]::Out.WriteLine(($reply | ConvertTo-Json -Depth 12 -Compress))
    [Console]::Out.Flush()
}
