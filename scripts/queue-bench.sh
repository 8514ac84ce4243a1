#!/usr/bin/env bash
# The work queue's page load time (docs/benchmarks.md): starts Azurite in memory and the host (Release, workers off) on
# loopback, seeds CASES open cases (default 89750, the main job's year) straight into its tables, and times GET /work in
# each order and with the usual filters as a reviewer (tests/SmartReview.LoadTest --mode queue), then stops both.
# Environment: CASES, REQUESTS (timed loads per page, default 20), PORT (default 5082), AZ_PORTS (default 10106,10107,10108), DATA (default /tmp/smartreview-queue).
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DATA:-/tmp/smartreview-queue}"
port="${PORT:-5082}"
mkdir -p "$data"
echo "building…"
dotnet build functions/SmartReview.Host -c Release -o "$data/host" >/dev/null
dotnet build tests/SmartReview.LoadTest -c Release -o "$data/load" >/dev/null
export AZURITE_PID_FILE="$data/azurite.pid"
connection=$(bash infra/azurite/start.sh --memory --data "$data/azurite" --ports "${AZ_PORTS:-10106,10107,10108}")
stop() {
  [ -n "${host_pid:-}" ] && kill "$host_pid" 2>/dev/null
  kill "$(cat "$AZURITE_PID_FILE")" 2>/dev/null
  return 0
}
trap stop EXIT
(cd "$data/host" && Storage__ConnectionString="$connection" Workers__Enabled=false Logging__LogLevel__Default=Warning \
  Urls="http://127.0.0.1:$port" exec dotnet SmartReview.Host.dll) >"$data/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$port/health" >/dev/null || { echo "the host did not start; see $data/host.log" >&2; exit 1; }
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$data/load/SmartReview.LoadTest.dll" --mode queue --url "http://127.0.0.1:$port" --storage "$connection" \
  --cases "${CASES:-89750}" --requests "${REQUESTS:-20}" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
