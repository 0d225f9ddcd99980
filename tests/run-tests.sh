#!/usr/bin/env bash
# Sets up and runs every test suite: installs the npm emulators, builds once, starts one Azurite and one Cosmos DB
# emulator on fresh data for the whole run, runs the test projects in parallel, and prints "N passed, N failed, N skipped" as its last line.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
configuration="${CONFIGURATION:-Release}"
jobs_at_once="${TEST_JOBS:-3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/oms-tests.XXXXXX")"
results="$work/results"
mkdir -p "$results"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null; done
  rm -rf "$work/azurite" "$work/cosmos"
}
trap cleanup EXIT

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'; }

wait_for_port() {
  local port=$1 name=$2
  for _ in $(seq 1 300); do
    if node -e "require('net').connect($port,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"; then return 0; fi
    sleep 0.2
  done
  echo "$name did not start listening on port $port" >&2
  exit 1
}

echo "== npm ci (local emulators)"
npm ci --no-audit --no-fund --loglevel=error >/dev/null || { echo "npm ci failed" >&2; echo "0 passed, 1 failed"; exit 1; }

echo "== dotnet build ($configuration)"
dotnet build OmsServerless.sln -c "$configuration" -nologo -clp:ErrorsOnly || { echo "build failed" >&2; echo "0 passed, 1 failed"; exit 1; }

echo "== starting Azurite on fresh data (one process per service, as the DevHost runs it)"
blob=$(free_port); queue=$(free_port); table=$(free_port)
for service in blob queue table; do
  node "node_modules/azurite/dist/src/$service/main.js" --silent --skipApiVersionCheck --loose --disableTelemetry \
    --location "$work/azurite" "--${service}Host" 127.0.0.1 "--${service}Port" "${!service}" >"$work/azurite-$service.log" 2>&1 &
  pids+=($!)
  disown
done
wait_for_port "$blob" "Azurite blob"; wait_for_port "$queue" "Azurite queue"; wait_for_port "$table" "Azurite table"
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export OMS_TEST_STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"

echo "== starting the Cosmos DB emulator on a fresh journal"
cosmos=$(free_port)
node functions/OmsServerless.LocalEmulators/cosmos/cosmos-emulator.cjs --port "$cosmos" --data "$work/cosmos" >"$work/cosmos.log" 2>&1 &
pids+=($!)
disown
wait_for_port "$cosmos" "Cosmos emulator"
export OMS_TEST_COSMOS="https://127.0.0.1:$cosmos/"

echo "== dotnet test (projects in parallel, $jobs_at_once at a time; setup took ${SECONDS} s)"
run_project() {
  local project=$1 name
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c "$configuration" --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" --results-directory "$results" >"$work/$name.log" 2>&1
  echo $? >"$work/$name.rc"
}
projects=(tests/*.Tests/*.Tests.csproj)
for project in "${projects[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs_at_once" ]; do sleep 0.5; done
  run_project "$project" &
done
wait

status=0
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  echo "---- $name"
  # Each failed test's whole block (message and stack), then the project summary.
  awk '/^  Failed /{show=1} /^  Passed /{show=0} show' "$work/$name.log" | head -300
  grep -E "^\s+(Total tests|Passed|Failed|Skipped): [0-9]|Total time|No test is available|error CS|Test Run Aborted" "$work/$name.log"
  [ "$(cat "$work/$name.rc" 2>/dev/null || echo 1)" = "0" ] || status=1
done

echo "== tests finished after ${SECONDS} s in all"
# Counts come from the TRX files; a project whose host crashed leaves none, which the exit status still reports.
node -e '
const fs = require("fs"), path = require("path");
let passed = 0, failed = 0, skipped = 0;
for (const file of fs.readdirSync(process.argv[1]).filter(f => f.endsWith(".trx"))) {
  const trx = fs.readFileSync(path.join(process.argv[1], file), "utf8");
  const counters = trx.match(/<Counters[^>]*>/);
  if (!counters) continue;
  const count = (name) => Number((counters[0].match(new RegExp(` ${name}="(\\d+)"`)) || [0, 0])[1]);
  passed += count("passed");
  failed += count("failed") + count("error") + count("timeout") + count("aborted");
  skipped += count("notExecuted");
}
if (process.argv[2] !== "0" && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
' "$results" "$status" || echo "0 passed, 1 failed"
exit $status
