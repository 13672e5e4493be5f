#!/usr/bin/env bash
# Installs the PowerShell the tests check every printed PowerShell text with (test/powershell/):
# PowerShell 7.6.10 as a .NET tool, into .tools/pwsh of this checkout (git-ignored). Pinned:
# 7.7.0 does not restore from the NuGet feed these machines reach. Idempotent: a folder that
# already holds this version is kept. Prints the pwsh it leaves in place and its version.
set -euo pipefail
cd "$(dirname "$0")/.."
version=7.6.10
dir=.tools/pwsh
echo "== PowerShell $version for the tests ($SECONDS s)"
if [ -x "$dir/pwsh" ] && [ "$("$dir/pwsh" -NoProfile -NonInteractive -Command '$PSVersionTable.PSVersion.ToString()' 2>/dev/null)" = "$version" ]; then
  echo "already installed: $dir/pwsh"
else
  rm -rf "$dir"
  # No telemetry, no first-run banner: CI logs stay short and nothing is sent anywhere.
  DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 \
    dotnet tool install PowerShell --version "$version" --tool-path "$dir"
fi
echo "$dir/pwsh: PowerShell $("$dir/pwsh" -NoProfile -NonInteractive -Command '$PSVersionTable.PSVersion.ToString()')"
