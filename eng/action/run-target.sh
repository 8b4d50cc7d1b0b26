#!/usr/bin/env bash
# Runs one finetune target for the composite action (action.yml). The tool itself writes the
# GitHub annotations, the job summary ($GITHUB_STEP_SUMMARY) and the step outputs
# ($GITHUB_OUTPUT: verdict, examples, billing-tokens, estimated-usd, report-dir, model-id).
# This script adds `report-path` (absolute report folder, for the upload step) and, when the tool
# stopped before writing a verdict (a crash, bad usage), `verdict=error`, so that callers can
# always branch on the output. The exit code is the tool's: 0 pass, 1 gate failed, 2 usage or
# configuration, 3 external failure.
set -uo pipefail

: "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set (this script runs inside GitHub Actions)}"
finetune_command="${FT_COMMAND:-finetune}"
args=("${FT_TARGET:-validate}" -c "${FT_CONFIG:-finetune.yaml}" --report-dir "${FT_REPORT_DIR:-artifacts/finetune}")
if [ -n "${FT_COMPARE:-}" ]; then
  args+=(--compare "$FT_COMPARE")
fi
if [ -n "${FT_MODEL:-}" ]; then
  args+=(--model "$FT_MODEL")
fi

echo "finetune ${args[*]}"
"$finetune_command" "${args[@]}"
status=$?

if ! grep -Eq '^verdict(=|<<)' "$GITHUB_OUTPUT"; then
  echo "verdict=error" >> "$GITHUB_OUTPUT"
fi
mkdir -p "${FT_REPORT_DIR:-artifacts/finetune}"
echo "report-path=$(cd "${FT_REPORT_DIR:-artifacts/finetune}" && pwd)" >> "$GITHUB_OUTPUT"
exit "$status"
