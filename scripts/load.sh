#!/usr/bin/env bash
# Bounded load test of the real-time check (docs/benchmarks.md): starts Azurite in memory and the host (Release,
# workers off) on loopback, runs tests/SmartReview.LoadTest from a second process, then stops them.
# MODE=decisions: the host runs its workers, a batch of COUNT settlements (default 40000) generated against the host's
# pack (rules/packs/local) is scored into cases first (enough in first review for the 2,100 the load test decides by default), and the load
# test decides cases (`--mode decisions`, one at a time unless --concurrency is given). The Durable task hub is on a
# second Azurite in memory (HUB_PORTS, default 10103,10104,10105), as the main job runs it; HUB=shared puts it on the
# record's Azurite instead, where the engine's requests queue in front of the decisions' in one Node process.
# Environment: SETTLE (seconds to wait for the load average to settle, default 120), PORT (host, default 5081), AZ_PORTS (Azurite, default 10100,10101,10102), DATA (default /tmp/smartreview-load).
# Extra arguments go to the load test, e.g. `bash scripts/load.sh --requests 20000 --warmup 1000 --concurrency 8`.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DATA:-/tmp/smartreview-load}"
port="${PORT:-5081}"
mkdir -p "$data"
echo "building…"
dotnet build functions/SmartReview.Host -c Release -o "$data/host" >/dev/null
dotnet build tests/SmartReview.LoadTest -c Release -o "$data/load" >/dev/null
mode="${MODE:-check}"
[ "$mode" = decisions ] && dotnet build rules/SmartReview.Cli -c Release -o "$data/cli" >/dev/null
export AZURITE_PID_FILE="$data/azurite.pid"
connection=$(bash infra/azurite/start.sh --memory --data "$data/azurite" --ports "${AZ_PORTS:-10100,10101,10102}")
hub_connection=""
if [ "$mode" = decisions ] && [ "${HUB:-own}" = own ]; then
  hub_connection=$(AZURITE_PID_FILE="$data/azurite-hub.pid" bash infra/azurite/start.sh --memory --data "$data/azurite-hub" --ports "${HUB_PORTS:-10103,10104,10105}")
fi
stop() {
  [ -n "${host_pid:-}" ] && kill "$host_pid" 2>/dev/null
  kill "$(cat "$AZURITE_PID_FILE")" 2>/dev/null
  [ -n "$hub_connection" ] && kill "$(cat "$data/azurite-hub.pid")" 2>/dev/null
  return 0
}
trap stop EXIT
workers=false
[ "$mode" = decisions ] && workers=true
(cd "$data/host" && Storage__ConnectionString="$connection" Durable__ConnectionString="$hub_connection" Workers__Enabled=$workers Logging__LogLevel__Default=Warning \
  Urls="http://127.0.0.1:$port" exec dotnet SmartReview.Host.dll) >"$data/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$port/health" >/dev/null || { echo "the host did not start; see $data/host.log" >&2; exit 1; }
if [ "$mode" = decisions ]; then
  "$data/cli/smartreview" generate --pack rules/packs/local/pack.json --count "${COUNT:-40000}" --seed 7 --out "$data/batch.jsonl" --truth "$data/truth.jsonl" >/dev/null
  jar="$data/cookies.txt"
  curl -sf -c "$jar" -H "Content-Type: application/json" -d '{"user":"sup-1","password":"smartreview-demo"}' "http://127.0.0.1:$port/api/auth/login" >/dev/null
  curl -sf -b "$jar" -H "Content-Type: application/octet-stream" --data-binary @"$data/batch.jsonl" "http://127.0.0.1:$port/api/batches?name=batch.jsonl" >/dev/null
  batch="B$(sha256sum "$data/batch.jsonl" | cut -c1-24)"
  for _ in $(seq 1 300); do curl -s -b "$jar" "http://127.0.0.1:$port/api/batches/$batch" | grep -q '"status":"Completed"' && break; sleep 2; done
  curl -s -b "$jar" "http://127.0.0.1:$port/api/batches/$batch" | grep -q '"status":"Completed"' || { echo "batch $batch did not complete; see $data/host.log" >&2; exit 1; }
  echo "batch $batch scored: $(curl -s -b "$jar" "http://127.0.0.1:$port/api/batches/$batch" | grep -o '"flags":[0-9]*' | cut -d: -f2) cases opened"
fi
# The builds above load the machine; wait (at most SETTLE seconds, default 120) for the 1-minute average to fall below 1.
for _ in $(seq 1 "${SETTLE:-120}"); do awk '{ exit !($1 < 1.0) }' /proc/loadavg && break; sleep 1; done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
# CPU seconds of a process so far: user and system (the kernel's share shows what loopback TCP costs here).
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f %.2f", $14 / hz, $15 / hz }' "/proc/$1/stat"; }
azurite_pid=$(cat "$AZURITE_PID_FILE")
read -r host_user host_sys <<<"$(cpu "$host_pid")"; read -r az_user az_sys <<<"$(cpu "$azurite_pid")"
dotnet "$data/load/SmartReview.LoadTest.dll" --mode "$mode" --url "http://127.0.0.1:$port" "$@"
read -r host_user2 host_sys2 <<<"$(cpu "$host_pid")"; read -r az_user2 az_sys2 <<<"$(cpu "$azurite_pid")"
if [ -n "$hub_connection" ]; then
  echo "task hub's Azurite CPU seconds since it started: $(cpu "$(cat "$data/azurite-hub.pid")")"
fi
awk -v hu="$host_user" -v hs="$host_sys" -v hu2="$host_user2" -v hs2="$host_sys2" -v au="$az_user" -v as="$az_sys" -v au2="$az_user2" -v as2="$az_sys2" \
  'BEGIN { printf "CPU seconds during the run (warm-up included): host %.1f user + %.1f system, Azurite %.1f user + %.1f system\n", hu2 - hu, hs2 - hs, au2 - au, as2 - as }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
