#!/usr/bin/env bash
# The web app (src/Designer): build it into src/Api/wwwroot, run its unit tests, run its end-to-end tests.
#   scripts/designer.sh build   npm ci when needed, then vite build when sources are newer than the output
#   scripts/designer.sh test    Vitest unit tests (Vitest's own summary)
#   scripts/designer.sh e2e     Debian chromium if missing, build, start the real server on a free port with
#                               a fresh data folder, run the Playwright tests, stop the server
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
APP="$ROOT/src/Designer"
OUT="$ROOT/src/Api/wwwroot/index.html"
ART=${DESIGNER_ARTIFACTS_PATH:-/tmp/art-designer}
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

install() {
  if [ ! -d "$APP/node_modules" ] || [ "$APP/package-lock.json" -nt "$APP/node_modules/.package-lock.json" ]; then
    echo "designer: npm ci"
    (cd "$APP" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

build() {
  install
  local newer
  if [ -f "$OUT" ]; then
    newer=$(find "$APP/src" "$APP/public" "$APP/index.html" "$APP/package.json" "$APP/package-lock.json" "$APP/vite.config.ts" "$APP/tsconfig.json" \
      -newer "$OUT" -print -quit 2>/dev/null || true)
    if [ -z "$newer" ]; then
      echo "designer: build is up to date ($OUT)"
      return 0
    fi
  fi
  echo "designer: building into src/Api/wwwroot"
  (cd "$APP" && npm run --silent build)
}

unit() {
  install
  (cd "$APP" && npx vitest run)
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

wait_for() {
  local url=$1 tries=${2:-120}
  for _ in $(seq "$tries"); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  return 1
}

e2e() {
  if [ ! -x /usr/bin/chromium ]; then
    echo "designer: installing Debian chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  build

  echo "designer: building the server"
  dotnet build "$ROOT/src/Api" --artifacts-path "$ART" -v q -nologo -clp:ErrorsOnly >/dev/null

  local dll port log base api
  preview_pid="" server_pid="" data=""

  dll=$(find "$ART/bin/Api" -name Supervision.Api.dll -path '*debug*' | head -1)
  port=$(free_port)
  data=$(mktemp -d /tmp/designer-e2e-data.XXXXXX)
  log="$APP/e2e/artifacts/server.log"
  mkdir -p "$APP/e2e/artifacts"
  cleanup() {
    if [ -n "$preview_pid" ]; then kill "$preview_pid" 2>/dev/null || true; fi
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
    wait 2>/dev/null || true
    if [ -n "$data" ]; then rm -rf "$data"; fi
  }
  trap cleanup EXIT

  # A fresh folder is both the working directory and the content root, so whatever the server keeps
  # (data/, its SQLite file) starts empty; the web root is the app just built.
  echo "designer: server on http://127.0.0.1:$port, data in $data"
  (cd "$data" && ASPNETCORE_ENVIRONMENT=Development exec dotnet "$dll" --urls "http://127.0.0.1:$port" --contentRoot "$data" --webroot "$ROOT/src/Api/wwwroot" \
    ${DESIGNER_E2E_SERVER_ARGS:-}) >"$log" 2>&1 &
  server_pid=$!
  if ! wait_for "http://127.0.0.1:$port/health"; then
    echo "designer: the server did not start; its log:"; cat "$log"; return 1
  fi
  api="http://127.0.0.1:$port"
  base=$api
  # Until the server serves the app itself, Vite's preview serves the same build and forwards /api.
  if ! curl -fsS "$api/" 2>/dev/null | grep -q '<div id="root">'; then
    local pport
    pport=$(free_port)
    echo "designer: the server does not serve the app yet; preview on http://127.0.0.1:$pport forwards /api to it"
    # The vite binary itself (not npx, which would leave it behind as a child when stopped).
    (cd "$APP" && SUPERVISION_API=$api exec "$APP/node_modules/.bin/vite" preview --port "$pport" --strictPort) >"$APP/e2e/artifacts/preview.log" 2>&1 &
    preview_pid=$!
    wait_for "http://127.0.0.1:$pport/" 60 || { cat "$APP/e2e/artifacts/preview.log"; return 1; }
    base="http://127.0.0.1:$pport"
  fi
  (cd "$APP" && E2E_BASE_URL=$base E2E_API_URL=$api npx playwright test -c e2e/playwright.config.ts "$@")
}

case "${1:-}" in
  build) build ;;
  test) unit ;;
  e2e) shift; e2e "$@" ;;
  *) echo "usage: $0 build|test|e2e [playwright args]" >&2; exit 2 ;;
esac
