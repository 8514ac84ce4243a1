#!/usr/bin/env bash
# Benchmarks at the issues' sizes (docs/benchmarks.md): throughput on 345,600 settlements (3 runs), memory on
# 10,000,000 settlements streamed through a pipe, compile time of a 20,000-rule pack, the RulesEngine comparison on
# 20,000 settlements, the year replayed through ingest on Azurite with durable deadline timers (replay), 2,000
# orchestration starts through the durable sidecar (orchestrations) and case orchestrations driven by decisions
# (caseflows). Takes a while; not for CI.
# Data goes to $DATA (default /tmp/smartreview-bench); the report is printed and kept in $DATA/bench.md.
# Extra arguments go to the benchmark command, e.g. `bash scripts/bench.sh throughput --count 20000`.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${DATA:-/tmp/smartreview-bench}"
mkdir -p "$data"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (figures are only worth keeping below 0.5)"
dotnet build tests/SmartReview.Benchmarks -c Release --artifacts-path "$data/artifacts" >/dev/null
"$data/artifacts/bin/SmartReview.Benchmarks/release/SmartReview.Benchmarks" "${@:-all}" --data "$data" | tee "$data/bench.md"
