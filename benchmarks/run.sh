#!/usr/bin/env bash
# Generates (once) deterministic 100 MB and 400 MB chat JSONL files under benchmarks/data/ (git-ignored)
# and validates each in a fresh process, printing MB/s, peak RSS and the single-thread tokenizer baseline.
# Usage: bash benchmarks/run.sh [sizes in MB...]   (default: 100 400)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-100 400}")
dotnet build -c Release -v q benchmarks/FineTune.Pipeline.Benchmarks >/dev/null
for size in ${sizes[@]}; do
  echo "== validate ${size} MB"
  dotnet benchmarks/FineTune.Pipeline.Benchmarks/bin/Release/net10.0/FineTune.Pipeline.Benchmarks.dll validate --size-mb "$size"
done
