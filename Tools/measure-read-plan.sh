#!/usr/bin/env bash
# Measures the read plan through the real handlers: sixty daily runs on an empty lake at the default budget (20 calls
# an hour) for 10 to 2,000 pools (Tests/OndiloFanout.Tests/Reliability/ReadPlanPipelineTests), next to the model of the
# same runs (ReadPlanSimulationTests). Prints a Markdown section; run-benchmarks.sh appends it to BENCHMARKS.md.
#   bash Tools/measure-read-plan.sh            # about 6 minutes on two cores
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

command='ONDILO_FANOUT_READ_PLAN_POOLS=10,100,500,2000 dotnet test Tests/OndiloFanout.Tests -c Release --filter "FullyQualifiedName~ReadPlanPipelineTests|FullyQualifiedName~ReadPlanSimulationTests" --logger "console;verbosity=detailed"'
ONDILO_FANOUT_READ_PLAN_POOLS=10,100,500,2000 dotnet test Tests/OndiloFanout.Tests -c Release \
    --filter "FullyQualifiedName~ReadPlanPipelineTests|FullyQualifiedName~ReadPlanSimulationTests" \
    --logger "console;verbosity=detailed" > "$log" 2>&1 || { tail -40 "$log" >&2; exit 1; }

# The handlers' rows have ten columns, the model's eight; both print their header before their rows.
rows() {
    grep -E '^\s*\| [0-9]' "$log" | sed 's/^ *//' | awk -F'|' -v n="$1" 'NF == n + 2 { k = $2; gsub(/[ ,]/, "", k); print k "\t" $0 }' \
        | sort -n -u -k1,1 | cut -f2-
}
header() { grep -E '^\s*\| pools' "$log" | sed 's/^ *//' | awk -F'|' -v n="$1" 'NF == n + 2' | head -1; }
separator() { printf '|'; for _ in $(seq "$1"); do printf -- '---|'; done; echo; }

cat <<MD

## Read plan: one account, 10 to 2,000 pools (60 daily runs on an empty lake, 20 calls an hour)

A daily run reads every pool while every pool fits in a day's budget (64 reads of 6 calls, with the token refreshes
and a 10 % reserve), then each pool every k days with the window that covers the gap (k = ⌈pools / 64⌉; up to
28 days, the history being 30, nothing is lost). Before the read plan the ceiling was 80 pools (every pool every
day, 6 calls each, 480 calls a day): 100 pools needed over 600 and the queue grew without end. Hours lost are the history before each pool's first read that the
quota cannot reach on an empty lake (the first plan projects them); after a pool's first read nothing is lost up to
1,792 pools (64 × 28).

Through the real handlers (scheduler at 02:30 UTC, fetcher draining the in-process queue, the simulator over HTTP
refusing any call over the budget; \`ReadPlanPipelineTests\`):

$(header 10 | sed 's/\xc2\xa0/ /g')
$(separator 10)
$(rows 10 | sed 's/\xc2\xa0/ /g')

At most 406 calls in a day of the 480 the budget allows: the rest is the reserve for retries and the scheduler's and the
token's calls. Beyond 1,792 pools a pool is read every 32 days, later than its history lasts, and hours are lost after
its first read too.

The model of the same runs (the domain rules without the pipeline; \`ReadPlanSimulationTests\`):

$(header 8 | sed 's/\xc2\xa0/ /g')
$(separator 8)
$(rows 8 | sed 's/\xc2\xa0/ /g')

Measured with \`bash Tools/measure-read-plan.sh\`, which runs
\`$command\`.
MD
