#!/usr/bin/env bash
# Publishes both functions as Native AOT `bootstrap` executables for Lambda's provided.al2023 runtime (x86_64)
# into artifacts/lambda/{scheduler,device-fetcher} (or into the folder given as the only argument), where the CDK
# app takes them from. cdk.json runs this as its build step, so `npx cdk deploy` builds everything. Needs the .NET
# SDK and gcc/clang (Native AOT links).
#
# It prints to stderr only, so `npx cdk synth > template.yaml` holds the template alone. It publishes only when an
# input changed since the last publish into that folder (the functions' and Shared's sources, the build settings,
# the SDK version, this script): a synth with nothing changed takes no rebuild. Delete the folder to force one.
set -euo pipefail
exec 1>&2

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
default_out="$root/artifacts/lambda"
out="${1:-$default_out}"
stamp="$out/.inputs.sha256"

inputs_hash() {
    (
        cd "$root"
        dotnet --version
        sha256sum Tools/build-lambdas.sh Directory.Build.props Directory.Packages.props global.json
        find Shared Functions.Scheduler Functions.DeviceFetcher -type f -not -path '*/bin/*' -not -path '*/obj/*' -print0 \
            | LC_ALL=C sort -z | xargs -0 sha256sum
    ) | sha256sum | cut -d' ' -f1
}

publish() {
    local project="$1" folder="$2"
    # A clean folder: anything left from an earlier publish would ship in the function's zip.
    rm -rf "${out:?}/$folder"
    dotnet publish "$root/$project/$project.csproj" -c Release -r linux-x64 -p:PublishAot=true -o "$out/$folder" -nologo
}

hash="$(inputs_hash)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ] && [ -x "$out/scheduler/bootstrap" ] && [ -x "$out/device-fetcher/bootstrap" ]; then
    echo "Lambda packages in $out are up to date (no input changed since they were published)"
    exit 0
fi

rm -f "$stamp"
publish Functions.Scheduler scheduler
publish Functions.DeviceFetcher device-fetcher

# Symbols are not needed at run time and would only make the zips bigger.
find "$out" -type f \( -name '*.dbg' -o -name '*.pdb' \) -delete

echo "$hash" > "$stamp"
echo "Lambda packages ready in $out"
