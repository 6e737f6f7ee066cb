#!/usr/bin/env bash
# Runs every test of the project and prints one summary line:
#   tests: N passed, N failed, N skipped
# Exit code is non-zero when anything failed or a runner could not run.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
LOG_DIR=${TEST_LOG_DIR:-$ROOT/artifacts/test-logs}
mkdir -p "$LOG_DIR"

passed=0; failed=0; skipped=0; status=0

add_dotnet_counts() {
  # dotnet test prints one line per test assembly:
  #   Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, ...
  local log=$1
  while IFS= read -r line; do
    f=$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$line")
    p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$line")
    s=$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<<"$line")
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  done < <(grep -E '^(Passed|Failed)! +- Failed: ' "$log")
}

echo "== PostgreSQL (a throwaway cluster on 127.0.0.1)"
if eval "$(bash scripts/postgres.sh start)"; then
  trap 'bash scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
else
  echo "PostgreSQL could not start: its tests will fail"; export SUPERVISION_TEST_POSTGRES="Host=127.0.0.1;Port=1;Username=none"
fi

echo "== .NET tests"
dotnet test "$ROOT/Supervision.slnx" -c Release 2>&1 | tee "$LOG_DIR/dotnet.log"
rc=${PIPESTATUS[0]}
add_dotnet_counts "$LOG_DIR/dotnet.log"
if [ "$rc" -ne 0 ]; then status=1; fi
if ! grep -qE '^(Passed|Failed)! +- Failed: ' "$LOG_DIR/dotnet.log"; then
  echo "no .NET test results found (build failure?)"; status=1
fi

if [ "$failed" -gt 0 ]; then status=1; fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
