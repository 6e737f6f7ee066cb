#!/usr/bin/env bash
# Runs the server on http://127.0.0.1:5080 with the embedded SQLite database (data/) and the
# workflow definitions in workflows/ loaded. Extra arguments go to the server (e.g. --urls).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# Development: the demo province and users (password "demo") are seeded; Production refuses demo passwords.
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
bash scripts/designer.sh build
dotnet build src/Api -c Release -nologo -v q -clp:ErrorsOnly
# Started from the repository's root, which is its working directory and content root: data/ and workflows/
# are the root's (dotnet run would start it in src/Api). The web root is the app just built.
exec dotnet "$ROOT/src/Api/bin/Release/net10.0/Supervision.Api.dll" --contentRoot "$ROOT" --webroot "$ROOT/src/Api/wwwroot" \
  --urls "${SUPERVISION_URLS:-http://127.0.0.1:5080}" "$@"
