#!/usr/bin/env bash
# Measures the command as installed for real use: packs the CLI as a .NET tool, installs it into a scratch tool path
# (not the user's), and times `ondilo-fanout --help` over repeated runs. Prints a Markdown section;
# run-benchmarks.sh appends it to BENCHMARKS.md.
#   bash Tools/measure-cli-startup.sh [runs]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
runs="${1:-20}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

dotnet pack Tools/OndiloFanout.Cli/OndiloFanout.Cli.csproj -c Release -o "$scratch/nupkg" -nologo -v q >&2
dotnet tool install OndiloFanout.Cli --tool-path "$scratch/tools" --add-source "$scratch/nupkg" >&2
tool="$scratch/tools/ondilo-fanout"
"$tool" --help > /dev/null # the first start warms the disk cache

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
times=()
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$tool" --help > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
median=${sorted[$(( runs / 2 ))]}
package_mb=$(( $(du -sb "$scratch/nupkg" | cut -f1) / 1000000 ))
installed_mb=$(( $(du -sb "$scratch/tools" | cut -f1) / 1000000 ))

cat <<MARKDOWN

## Startup of the installed command

\`ondilo-fanout --help\`, the command installed as a .NET tool from a local pack (as the README's "Use it for real"
installs it), $runs runs one after another, measured on $(date -u '+%Y-%m-%d %H:%M UTC') with \`bash Tools/measure-cli-startup.sh $runs\`;
load average $load_before before, $load_after after.

| | |
|---|---|
| \`ondilo-fanout --help\` | median ${median} ms (${sorted[0]}–${sorted[$(( runs - 1 ))]} ms) |
| package (\`dotnet pack\`) | ${package_mb} MB |
| installed (\`dotnet tool install\`) | ${installed_mb} MB: DuckDB's and SkiaSharp's native libraries for every platform, and the package kept twice |
MARKDOWN
