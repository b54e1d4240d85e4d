#!/usr/bin/env bash
# Runs the whole test suite. Installs the pinned node tools the tests start (fauxqs, dynalite, the CDK CLI) when
# they are missing, then every test project of the solution. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
if [ ! -d node_modules/fauxqs ] || [ ! -d node_modules/dynalite ] || [ ! -d node_modules/aws-cdk ]; then
    npm ci --no-audit --no-fund
fi
dotnet test OndiloFanout.sln -c Release "$@"
