#!/usr/bin/env bash
# Generation throughput of the LoRA backend: one prompt at a time vs a batch of 8 vs 8 concurrent
# LocalChatModel callers, on a generated tiny model (CPU). Usage: bash benchmarks/lora-generation.sh [rows] [new_tokens] [hidden] [layers] [repeats]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release -v q benchmarks/FineTune.Pipeline.Benchmarks.Generation >/dev/null
dotnet benchmarks/FineTune.Pipeline.Benchmarks.Generation/bin/Release/net10.0/FineTune.Pipeline.Benchmarks.Generation.dll "$@"
