#!/usr/bin/env bash
# Builds the solution and runs every test project; ends with one line "N passed, N failed".
# Needs the .NET SDK (global.json), Node.js with npm (for Azurite) and apt (for chromium); installs what it needs itself.
set -uo pipefail
cd "$(dirname "$0")/.."
dotnet build SmartReview.sln -c Release || exit 1
# The integration tests start their own Azurite; install it once here rather than from several test projects at once.
bash infra/azurite/install.sh || exit 1
# The browser tests drive Debian's chromium (Playwright cannot download browsers here); fonts so Chinese renders in screenshots.
bash infra/browser/install.sh || exit 1
log=$(mktemp)
dotnet test SmartReview.sln -c Release --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# Each project ends with e.g. "Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42, ...".
awk -F'[:,]' '/(Passed|Failed)! +- Failed:/ { failed += $2; passed += $4 } END { printf "%d passed, %d failed\n", passed, failed }' "$log"
rm -f "$log"
exit "$status"
