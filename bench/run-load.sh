#!/usr/bin/env bash
# The load benchmark in one command: publishes BackCareBot (Release), installs the JS echo bot's and Azurite's pinned
# packages if they are missing, builds the load generator (Release) and runs it. Options go to the load generator
# (--connections, --duration, --targets, ...; --help lists them). Exit code: 0 targets met, 1 a target missed,
# 2 bad options, 3 a server could not be started or measured.
# Build output goes to $LOADBENCH_ARTIFACTS (default: artifacts/loadbench, ignored by git).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
artifacts=${LOADBENCH_ARTIFACTS:-$repo/artifacts/loadbench}

dotnet publish "$repo/src/BackCareBot" -c Release --artifacts-path "$artifacts" --nologo -v quiet
dotnet build "$repo/bench/BackCareBot.LoadBenchmark" -c Release --artifacts-path "$artifacts" --nologo -v quiet
if [ ! -d "$repo/bench/js-echo/node_modules/botbuilder" ]; then
    npm ci --prefix "$repo/bench/js-echo" --no-audit --no-fund --loglevel=error
fi
# The bot-blob target runs the Blob state store on Azurite, the emulator the Blob store's tests use.
azurite="$repo/tests/Azurite/node_modules/azurite/dist/src/blob/main.js"
if [ ! -f "$azurite" ]; then
    npm ci --prefix "$repo/tests/Azurite" --no-audit --no-fund --loglevel=error
fi

echo "node $(node --version); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
exec dotnet "$artifacts/bin/BackCareBot.LoadBenchmark/release/BackCareBot.LoadBenchmark.dll" \
    --bot-dll "$artifacts/publish/BackCareBot/release/BackCareBot.dll" \
    --js-echo "$repo/bench/js-echo/echo-bot.js" \
    --azurite "$azurite" \
    "$@"
