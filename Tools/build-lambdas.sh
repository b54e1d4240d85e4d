#!/usr/bin/env bash
# Publishes both functions as Native AOT `bootstrap` executables for Lambda's provided.al2023 runtime (x86_64)
# into artifacts/lambda/{scheduler,device-fetcher}, where the CDK app takes them from. cdk.json runs this as
# its build step, so `npx cdk deploy` builds everything. Needs the .NET SDK and gcc/clang (Native AOT links).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/artifacts/lambda"

publish() {
    local project="$1" folder="$2"
    # A clean folder: anything left from an earlier publish would ship in the function's zip.
    rm -rf "${out:?}/$folder"
    dotnet publish "$root/$project/$project.csproj" -c Release -r linux-x64 -p:PublishAot=true -o "$out/$folder" -nologo
}

publish Functions.Scheduler scheduler
publish Functions.DeviceFetcher device-fetcher

# Symbols are not needed at run time and would only make the zips bigger.
find "$out" -type f \( -name '*.dbg' -o -name '*.pdb' \) -delete

echo "Lambda packages ready in $out"
