#!/usr/bin/env bash
# Installs the pinned Azurite into infra/azurite/node_modules once (npm ci against package-lock.json). Several test
# projects start Azurite at the same time: a lock makes the first install and the others wait for it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec 9>"$here/.install.lock"
flock 9
if [ ! -x "$here/node_modules/.bin/azurite" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
