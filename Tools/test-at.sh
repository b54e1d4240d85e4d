#!/usr/bin/env bash
# Runs the test suite with the machine's clock moved to a given UTC instant, ticking from there, to prove that no test
# depends on the hour it runs. Extra arguments go to `dotnet test` (through test.sh), e.g. a filter:
#   Tools/test-at.sh "2027-01-01 00:30:00"
#   Tools/test-at.sh "2026-12-31 23:52:00" --filter "Category=TimeSensitive"
# The clock is moved by libfaketime (Debian: apt-get install -y faketime). It is preloaded into `dotnet test` and so
# into everything the tests start: the test hosts, the function processes, node's emulators, moto, the CDK CLI.
# The build runs first on the real clock: only the test run is faked, so no file gets a time stamp from the future
# that would fool a later incremental build.
#
# The settings, and why:
#   TZ=UTC                          the instant is read (and every process runs) in UTC.
#   FAKETIME_DONT_FAKE_MONOTONIC    left unset: libfaketime then moves CLOCK_MONOTONIC by the same offset, and .NET's
#                                   timers, timed waits and thread pool keep working. With it set to 1, .NET's timed
#                                   waits end at once (checked: vstest gives up "after 90 seconds" within seven).
#                                   moto is the exception: the tests start it with FAKETIME_DONT_FAKE_MONOTONIC=1, as
#                                   Python's sleeps never end under a faked monotonic clock (its long polls hang).
#   MSBUILDDISABLENODEREUSE=1, DOTNET_CLI_USE_MSBUILD_SERVER=0
#                                   `dotnet test` starts its own MSBuild nodes under the fake clock instead of handing
#                                   the run to a node left over from an earlier build, which would run on the real one.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [ $# -lt 1 ]; then
    echo 'Usage: Tools/test-at.sh "YYYY-MM-DD hh:mm:ss" [dotnet test arguments]   (the instant is UTC)' >&2
    exit 2
fi
instant="$1"
shift
if ! command -v faketime >/dev/null; then
    echo "faketime is not installed (Debian: apt-get install -y faketime)." >&2
    exit 1
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0
export TZ=UTC
unset FAKETIME_DONT_FAKE_MONOTONIC
dotnet build OndiloFanout.sln -c Release -nologo -v q
echo "Running the tests at $(faketime "$instant" date -u '+%Y-%m-%d %H:%M:%S UTC') (the real time is $(date -u '+%Y-%m-%d %H:%M:%S UTC'))."
faketime "$instant" ./test.sh --no-build "$@"
