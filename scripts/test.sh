#!/usr/bin/env bash
# Runs every test of the project and prints one summary line:
#   tests: N passed, N failed, N skipped
# Exit code is non-zero when anything failed or a runner could not run.
# It sets up what the tests need on a fresh machine: a throwaway PostgreSQL cluster, the web app's npm
# packages and Debian's Chromium for the browser tests.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
LOG_DIR=${TEST_LOG_DIR:-$ROOT/artifacts/test-logs}
mkdir -p "$LOG_DIR"

passed=0; failed=0; skipped=0; status=0
count() { passed=$((passed + $1)); failed=$((failed + $2)); skipped=$((skipped + $3)); }
# A runner that reports no results (it did not build, or a spec did not load) counts as one failure in the summary.

echo "== PostgreSQL (a throwaway cluster on 127.0.0.1)"
if eval "$(bash scripts/postgres.sh start)"; then
  trap 'bash scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
else
  echo "PostgreSQL could not start: its tests will fail"; export SUPERVISION_TEST_POSTGRES="Host=127.0.0.1;Port=1;Username=none"
fi

echo "== .NET tests"
dotnet test "$ROOT/Supervision.slnx" -c Release 2>&1 | tee "$LOG_DIR/dotnet.log"
rc=${PIPESTATUS[0]}
# One line per test assembly:  Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, ...
while IFS= read -r line; do
  count "$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$line")" "$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$line")" "$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<<"$line")"
done < <(grep -E '^(Passed|Failed)! +- Failed: ' "$LOG_DIR/dotnet.log")
if [ "$rc" -ne 0 ]; then status=1; fi
if ! grep -qE '^(Passed|Failed)! +- Failed: ' "$LOG_DIR/dotnet.log"; then
  echo "no .NET test results found (build failure?)"; status=1; count 0 1 0
fi

if [ -f scripts/designer.sh ]; then
  echo "== Web app unit tests (Vitest)"
  bash scripts/designer.sh test 2>&1 | tee "$LOG_DIR/vitest.log"
  rc=${PIPESTATUS[0]}
  # Vitest:  Tests  2 failed | 40 passed | 1 skipped (43)
  line=$(sed 's/\x1b\[[0-9;]*m//g' "$LOG_DIR/vitest.log" | grep -E '^ *Tests +[0-9]' | tail -1)
  if [ -z "$line" ]; then echo "no Vitest results found"; status=1; count 0 1 0; else
    count "$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || echo 0)" "$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+' || echo 0)" \
      "$(grep -oE '[0-9]+ (skipped|todo)' <<<"$line" | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')"
  fi
  if [ "$rc" -ne 0 ]; then status=1; fi

  echo "== Web app end-to-end tests (Playwright on Debian's Chromium)"
  bash scripts/designer.sh e2e 2>&1 | tee "$LOG_DIR/e2e.log"
  rc=${PIPESTATUS[0]}
  # Playwright:  12 passed (40.1s) / 1 failed / 2 skipped, each on its own line
  clean=$(sed 's/\x1b\[[0-9;]*m//g' "$LOG_DIR/e2e.log")
  p=$(grep -E '^ +[0-9]+ passed' <<<"$clean" | tail -1 | grep -oE '[0-9]+' | head -1); p=${p:-0}
  f=$(grep -E '^ +[0-9]+ failed' <<<"$clean" | tail -1 | grep -oE '[0-9]+' | head -1); f=${f:-0}
  s=$(grep -E '^ +[0-9]+ skipped' <<<"$clean" | tail -1 | grep -oE '[0-9]+' | head -1); s=${s:-0}
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then echo "no Playwright results found"; status=1; count 0 1 0; fi
  count "$p" "$f" "$s"
  if [ "$rc" -ne 0 ]; then status=1; fi
fi

echo "== The README's run command (scripts/run.sh)"
bash scripts/run-check.sh 2>&1 | tee "$LOG_DIR/run-check.log"
if [ "${PIPESTATUS[0]}" -eq 0 ]; then count 1 0 0; else count 0 1 0; status=1; fi

if [ "$failed" -gt 0 ]; then status=1; fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
