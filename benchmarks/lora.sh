#!/usr/bin/env bash
# LoRA training benchmark of issue 6: TorchSharp (FineTune.Pipeline.Lora's trainer) against PyTorch eager
# (Debian's python3-torch, benchmarks/lora_reference.py) on the same generated model, alternating, in one run.
# Usage: bash benchmarks/lora.sh [--warmup 2] [--steps 5] [--rounds 3] [--threads 2,1] [--reference-threads 1,2]
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/bin/python3 -c 'import torch' 2>/dev/null || { echo "needs /usr/bin/python3 with torch (apt-get install python3-torch libopenblas0-pthread)" >&2; exit 1; }
dotnet build -c Release -v q benchmarks/FineTune.Pipeline.Benchmarks.Lora >/dev/null
dotnet benchmarks/FineTune.Pipeline.Benchmarks.Lora/bin/Release/net10.0/FineTune.Pipeline.Benchmarks.Lora.dll "$@"
