#!/usr/bin/env bash
# Runs the whole test suite. Installs the pinned node tools the tests start (fauxqs, dynalite, the CDK CLI) and
# cfn-lint (which judges the synthesized templates) when they are missing, then every test project of the
# solution. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
if [ ! -d node_modules/fauxqs ] || [ ! -d node_modules/dynalite ] || [ ! -d node_modules/aws-cdk ]; then
    npm ci --no-audit --no-fund
fi
if ! command -v cfn-lint > /dev/null; then
    python3 -m pip install --user "cfn-lint==1.51.0" || true
    export PATH="$PATH:$(python3 -m site --user-base 2>/dev/null)/bin"
    if ! command -v cfn-lint > /dev/null; then
        echo "cfn-lint is missing and could not be installed: install it (pip install cfn-lint) and run ./test.sh again." >&2
        exit 1
    fi
fi
dotnet test OndiloFanout.sln -c Release "$@"
