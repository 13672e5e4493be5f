#!/usr/bin/env bash
# Size and start-up time of dist/kms-doctor.exe under Wine, next to Windows node.exe running the
# bundle (dist/cli.mjs) and Linux Node running it, measured with hyperfine (Debian's package).
#   npm run build && npm run build:exe && bash scripts/build-exe-bench.sh
# Needs wine and hyperfine; WINEPREFIX should name a prefix set to Windows 10 (.ci/windows-leg.sh
# makes one). Figures only: under Wine, Wine's own start-up is part of every run (the first line).
set -euo pipefail
cd "$(dirname "$0")/.."
export WINEDEBUG=-all
node_exe="$(node --input-type=module -e "import { windowsNode } from './scripts/build-exe-node.mjs'; console.log(windowsNode(process.cwd()))")"
echo "dist/kms-doctor.exe: $(stat -c %s dist/kms-doctor.exe) bytes; node.exe: $(stat -c %s "$node_exe") bytes; the bundle (dist/cli.mjs and chunks): $(du -sb dist/cli.mjs dist/chunks | awk '{n+=$1} END {print n}') bytes"
echo "machine load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
table="$(mktemp)"
trap 'rm -f "$table"' EXIT
for args in "--version" "explain 0xC004F074"; do
  hyperfine --warmup 2 --runs "${RUNS:-15}" -N --style none --export-markdown "$table" \
    -n "Wine alone: node.exe -e 0" "wine $node_exe -e 0" \
    -n "kms-doctor.exe $args" "wine dist/kms-doctor.exe $args" \
    -n "node.exe dist/cli.mjs $args" "wine $node_exe dist/cli.mjs $args" \
    -n "Linux node dist/cli.mjs $args" "node dist/cli.mjs $args" >/dev/null
  cat "$table"
done
