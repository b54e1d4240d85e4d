#!/usr/bin/env bash
# Runs the whole test suite. Installs what the tests start or run when it is missing — the pinned node tools (fauxqs,
# dynalite, the CDK CLI), moto's server and cfn-lint (Python) — then runs every test project of the solution. Extra
# arguments go to `dotnet test`.
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
# moto's server emulates Firehose, Secrets Manager, SQS, DynamoDB and S3 for the end-to-end test on it.
if ! python3 -c 'import moto.server, flask, flask_cors' 2>/dev/null; then
    python3 -m pip install --quiet 'moto[server]==5.2.1' || {
        echo 'moto is missing and could not be installed: install Python 3 and run pip install "moto[server]==5.2.1".' >&2
        exit 1
    }
fi
dotnet test OndiloFanout.sln -c Release "$@"
