#!/usr/bin/env bash
# The main job on the seed city's full base (rules/packs/local, the host's default pack): starts Azurite (installed on first use, data under .azurite/),
# a second Azurite for the Durable task hub (data under .azurite/hub, ports 10003-10005: the engine's requests do not
# queue in front of the record's in one Node process; docs/benchmarks.md section 8) and the host
# (API + queue workers + durable deadline timers), generates a realistic year of inpatient settlements for the seed city
# (345,600 discharges in YEAR, default 2025: the national rules are in force from 2025-01-01, so every rule of the base
# judges the year; planted violations, ground truth beside it), uploads it through the API as a gzip batch (or, with
# FORMAT=national, as the national platform's five CSV tables in a zip, docs/national-extract.md),
# waits while the workers score it into flags and cases, prints the batch summary, then the web address and the demo
# logins, and keeps serving until Ctrl-C (KEEP=0 stops after the summary).
# Environment: COUNT, SEED, YEAR, OUT (default out/), PORT (default 5080), KEEP (default 1), FORMAT (jsonl or national).
set -euo pipefail
cd "$(dirname "$0")/.."
count="${COUNT:-345600}"
seed="${SEED:-2024}"
year="${YEAR:-2025}"
days=$(( ($(date -ud "$((year + 1))-01-01" +%s) - $(date -ud "$year-01-01" +%s)) / 86400 ))
out="${OUT:-out}"
port="${PORT:-5080}"
format="${FORMAT:-jsonl}"
mkdir -p "$out"
echo "building…"
dotnet build rules/SmartReview.Cli -c Release -o "$out/cli" >/dev/null
dotnet build functions/SmartReview.Host -c Release -o "$out/host" >/dev/null
connection=$(bash infra/azurite/start.sh)
hub_connection=$(bash infra/azurite/start.sh --data .azurite/hub --ports 10003,10004,10005)
stop() {
  [ -n "${host_pid:-}" ] && kill "$host_pid" 2>/dev/null
  kill "$(cat .azurite/azurite.pid)" "$(cat .azurite/hub/azurite.pid)" 2>/dev/null
  return 0
}
trap stop EXIT
# The seed city's base (rules/packs/local, 349 rules in force), the host's default pack too: violations of all of it.
generate=("$out/cli/smartreview" generate --pack rules/packs/local/pack.json --count "$count" --seed "$seed" --start "$year-01-01" --days "$days" --truth "$out/truth.jsonl")
if [ "$format" = national ]; then
  rm -rf "$out/extract" "$out/extract.zip"
  "${generate[@]}" --format national --out "$out/extract"
  (cd "$out/extract" && python3 -m zipfile -c ../extract.zip ./*.csv)
  upload="$out/extract.zip"
else
  "${generate[@]}" --out "$out/settlements.jsonl"
  gzip -1 -c "$out/settlements.jsonl" >"$out/settlements.jsonl.gz"
  upload="$out/settlements.jsonl.gz"
fi
(cd "$out/host" && Storage__ConnectionString="$connection" Durable__ConnectionString="$hub_connection" Urls="http://127.0.0.1:$port" exec dotnet SmartReview.Host.dll) >"$out/host.log" 2>&1 &
host_pid=$!
api="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -sf "$api/health" >/dev/null && break; sleep 0.5; done
curl -sf "$api/health" >/dev/null || { echo "the host did not start; see $out/host.log" >&2; exit 1; }
echo "host at $api (log: $out/host.log); uploading…"
# Batches are for supervisors: sign in as the demo supervisor (functions/SmartReview.Host/README.md) into a cookie jar.
jar="$out/cookies.txt"
curl -sf -c "$jar" -H "Content-Type: application/json" -d '{"user":"sup-1","password":"smartreview-demo"}' "$api/api/auth/login" >/dev/null
answer=$(curl -sf -b "$jar" -H "Content-Type: application/octet-stream" --data-binary @"$upload" "$api/api/batches?name=$(basename "$upload")")
# The answer names the batch (its id comes from the SHA-256 of the content: the same file is the same batch).
batch=$(printf '%s' "$answer" | python3 -c 'import json,sys; print(json.load(sys.stdin)["batchId"])')
started=$(date +%s)
while :; do
  row=$(curl -s -b "$jar" "$api/api/batches/$batch" || true)
  progress=$(printf '%s' "$row" | python3 -c 'import json,sys; b=json.load(sys.stdin); print(b["status"], str(b["chunksDone"]) + "/" + str(b["chunkCount"]))' 2>/dev/null || echo "Splitting -")
  status=${progress%% *}
  printf '\r%s: %s, chunks %s, %ss ' "$batch" "$status" "${progress#* }" "$(( $(date +%s) - started ))"
  case "$status" in Completed|Failed) break ;; esac
  sleep 2
done
echo
python3 - "$row" <<'PY'
import json, sys
b = json.loads(sys.argv[1]); t = b["totals"]
print(f"batch {b['batchId']}: {b['status']}, {b['chunkCount']} chunks")
print(f"received {t['received']:,} = accepted {t['accepted']:,} + rejected {t['rejected']:,}")
print(f"rule flags (one case each; indicator cases come beside them) {t['flags']:,}, amount at stake ¥{t['amountAtStake']:,.2f}")
for table in b.get("tables") or []:
    print(f"  {table['table']}: rows received {table['received']:,} = accepted {table['accepted']:,} + rejected {table['rejected']:,}")
if b.get("error"):
    print("error:", b["error"])
PY
if [ "${KEEP:-1}" = 1 ] && [ "$status" = Completed ]; then
  cat <<EOF

SmartReview is running: open $api/ in a browser (Simplified Chinese; "English" at the top right switches).
Demo logins, password smartreview-demo:
  rev-1, rev-2         reviewers (初审, 复审): work queue, case pages, bulk decisions
  fac-1, fac-2         facility users of H33010000001 and H33010000002: their cases, appeals with evidence, self-inspection reports
  pan-1, pan-2, pan-3  panel members (合议): vote
  sup-1, sup-2         supervisors (终审): final decisions, cases opened by hand, dashboard, Excel exports, batch upload
  admin-1              administrator: dashboard and batches; decides nothing
A case above ¥5,000 confirmed by rev-1, appealed by its facility and upheld by rev-2 goes to the panel; sup-1
finalises it and the dashboard shows the amount recovered. Ctrl-C stops the host and both Azurites.
EOF
  wait "$host_pid"
fi
[ "$status" = Completed ]
