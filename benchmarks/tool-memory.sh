#!/usr/bin/env bash
# Peak memory and time of the devplan tool on a large observation file (not a test: a measurement).
# Usage: bash benchmarks/tool-memory.sh [rows]   (run from the repository root; default 5,000,000 rows, ~220 MB)
set -euo pipefail
rows="${1:-5000000}"
dir="$(mktemp -d)"
dotnet build -c Release src/DevPlan.Cli >/dev/null
dotnet run -c Release --project benchmarks/DevPlan.Core.Benchmarks -- tool-files "$rows" "$dir"
ls -l "$dir"
for command in "evaluate $dir/tool.plan.json --observations $dir/tool.observations.csv --as-of 2025-03-01 --format json --output $dir/report.json" \
               "validate $dir/tool.plan.json --observations $dir/tool.observations.csv"; do
  echo "== devplan $command"
  /usr/bin/time -v dotnet src/DevPlan.Cli/bin/Release/net10.0/devplan.dll $command 2>&1 >/dev/null \
    | grep -E "Elapsed \(wall clock\)|Maximum resident set size|Exit status" || true
done
rm -rf "$dir"
