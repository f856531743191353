#!/usr/bin/env bash
# Renders the attainment report of the seed plan and takes a screenshot of it with headless Chromium.
# Usage: bash tests/DevPlan.Cli.Tests/screenshot-report.sh [output.png]   (run from the repository root)
set -euo pipefail
out="${1:-report.png}"
html="$(mktemp --suffix=.html)"
dotnet run --project src/DevPlan.Cli -- evaluate seeds/jinan-high-tech-zone-2024.plan.json \
  --observations seeds/jinan-high-tech-zone-2024.observations.sample.csv --as-of 2025-02-28 --format html --output "$html"
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update \
  --disable-sync --user-data-dir="$(mktemp -d)" --window-size=1200,1800 --screenshot="$out" "file://$html"
echo "Screenshot: $out"
