#!/usr/bin/env bash
# Installs the pinned Azurite into infra/azurite/node_modules once (npm ci against package-lock.json).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -x "$here/node_modules/.bin/azurite" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
