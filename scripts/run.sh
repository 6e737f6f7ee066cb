#!/usr/bin/env bash
# Runs the server on http://127.0.0.1:5080 with the embedded SQLite database (data/) and the
# workflow definitions in workflows/ loaded. Extra arguments go to the server (e.g. --urls).
set -euo pipefail
cd "$(dirname "$0")/.."
# Development: the demo province and users (password "demo") are seeded; Production refuses demo passwords.
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
bash scripts/designer.sh build
exec dotnet run --project src/Api -c Release -- --urls "${SUPERVISION_URLS:-http://127.0.0.1:5080}" "$@"
