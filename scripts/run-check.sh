#!/usr/bin/env bash
# Checks the README's run command: scripts/run.sh starts the server, which loads the definitions in workflows/
# and serves the web app. Its database and signing key live in a throwaway folder, not in data/ (the developer's).
set -uo pipefail
cd "$(dirname "$0")/.."
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
tmp=$(mktemp -d /tmp/supervision-run-check.XXXXXX)
base="http://127.0.0.1:$port"
# Its own process group, so that stopping it stops the server it execs into.
SUPERVISION_URLS=$base setsid bash scripts/run.sh "--ConnectionStrings:Supervision=Data Source=$tmp/supervision.db" \
  "--Auth:SigningKey=run-check-signing-key-that-is-long-enough-for-hmac" >"$tmp/server.log" 2>&1 &
pid=$!
cleanup() { kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
fail() { echo "run-check: $1; the server's log:"; cat "$tmp/server.log"; exit 1; }

ready=0
for _ in $(seq 360); do
  if curl -fsS -o /dev/null "$base/health/ready" 2>/dev/null; then ready=1; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
[ "$ready" = 1 ] || fail "the server did not become ready"
token=$(curl -fsS -X POST -H 'content-type: application/json' -d '{"userName":"designer","password":"demo"}' "$base/api/auth/token" \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
[ -n "$token" ] || fail "the demo designer could not sign in"
for id in template-annual-plan-cycle template-resolution-review template-thematic-inspection template-coordination-programme; do
  curl -fsS -o /dev/null -H "authorization: Bearer $token" "$base/api/workflow-definitions/$id" || fail "the workflow $id was not loaded"
done
curl -fsS "$base/" | grep -q '<div id="root">' || fail "the web app is not served"
echo "run-check: passed: scripts/run.sh started the server, which loaded the four templates from workflows/ and serves the web app"
