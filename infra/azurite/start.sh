#!/usr/bin/env bash
# Installs Azurite (pinned in package-lock.json) on first use and starts it on 127.0.0.1, without telemetry.
#   start.sh [--memory] [--data DIR] [--ports BLOB,QUEUE,TABLE]
# Prints the connection string on stdout; the pid goes to $AZURITE_PID_FILE (default: DIR/azurite.pid).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../../.azurite"
ports="10000,10001,10002"
memory=""
while [ $# -gt 0 ]; do
  case "$1" in
    --memory) memory="--inMemoryPersistence"; shift ;;
    --data) data="$2"; shift 2 ;;
    --ports) ports="$2"; shift 2 ;;
    *) echo "start.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
IFS=, read -r blob queue table <<<"$ports"
bash "$here/install.sh" >&2
mkdir -p "$data"
pidfile="${AZURITE_PID_FILE:-$data/azurite.pid}"
if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
  echo "azurite already running (pid $(cat "$pidfile"))" >&2
else
  # AZURITE_CPU_PROFILE=DIR: Node writes a CPU profile of this Azurite there when it stops (to see where its time goes).
  nohup node ${AZURITE_CPU_PROFILE:+--cpu-prof --cpu-prof-dir "$AZURITE_CPU_PROFILE"} "$here/node_modules/azurite/dist/src/azurite.js" --disableTelemetry --silent --skipApiVersionCheck $memory \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    --blobPort "$blob" --queuePort "$queue" --tablePort "$table" ${memory:---location "$data"} >"$data/azurite.log" 2>&1 &
  echo $! >"$pidfile"
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$table") 2>/dev/null && break
    sleep 0.1
  done
  (exec 3<>"/dev/tcp/127.0.0.1/$table") 2>/dev/null || { echo "azurite did not start; see $data/azurite.log" >&2; exit 1; }
fi
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
