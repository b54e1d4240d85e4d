#!/usr/bin/env bash
# Runs every benchmark once and writes BENCHMARKS.md at the repository root. Takes several minutes (the API-call
# runs wait on the paced calls; the throughput runs write a few GB to a temporary folder and delete it).
#   bash Tests/Benchmarks/run-benchmarks.sh            # the full run, writes BENCHMARKS.md
#   bash Tests/Benchmarks/run-benchmarks.sh --smoke    # one iteration of each at tiny sizes, prints the report
# Needs the .NET SDK, gcc/clang (Native AOT links) and Node.js (the SQS/DynamoDB emulators).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ ! -d node_modules/fauxqs ] || [ ! -d node_modules/dynalite ]; then
    npm ci --no-audit --no-fund
fi

# The two builds compared: Native AOT bootstraps (as deployed) and framework-dependent managed builds run with `dotnet`.
bash Tools/build-lambdas.sh
jit="$root/artifacts/bench/jit"
rm -rf "$jit"
dotnet publish Functions.Scheduler/Functions.Scheduler.csproj -c Release -p:PublishAot=false -o "$jit/scheduler" -nologo -v q
dotnet publish Functions.DeviceFetcher/Functions.DeviceFetcher.csproj -c Release -p:PublishAot=false -o "$jit/device-fetcher" -nologo -v q

dotnet build Tests/Benchmarks/OndiloFanout.Benchmarks.csproj -c Release -nologo -v q
tool="Tests/Benchmarks/bin/Release/net10.0/OndiloFanout.Benchmarks.dll"
if [ "${1:-}" = "--smoke" ]; then
    dotnet "$tool" --smoke --root "$root" --command "bash Tests/Benchmarks/run-benchmarks.sh --smoke"
else
    dotnet "$tool" --root "$root" --out "$root/BENCHMARKS.md" --command "bash Tests/Benchmarks/run-benchmarks.sh" "$@"
    bash Tools/measure-cli-startup.sh >> "$root/BENCHMARKS.md"
    bash Tools/measure-read-plan.sh >> "$root/BENCHMARKS.md"
fi
