#!/usr/bin/env bash
# Installs Debian's chromium and a CJK font for the browser tests, unless chromium is there already (or
# SMARTREVIEW_CHROMIUM names another one). Needs root for apt-get.
set -euo pipefail
chromium="${SMARTREVIEW_CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "browser tests need $chromium: run 'apt-get install chromium fonts-noto-cjk' as root" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
