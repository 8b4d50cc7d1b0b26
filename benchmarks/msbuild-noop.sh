#!/usr/bin/env bash
# What a no-op incremental `dotnet build --no-restore` costs with FineTune.Pipeline.MSBuild, against the
# same project without it. Packs the packages into a temporary local feed, writes two sample class
# libraries (one with the PackageReference, finetune.yaml and a 2,000-example dataset), builds each once,
# then times RUNS builds of each, alternating, and prints the medians and their difference.
# Target: the package adds at most 1 s. Exit code 1 when it adds more.
#
# Usage: benchmarks/msbuild-noop.sh [RUNS]   (default 7; RUNS and EXAMPLES can also come from the environment)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-${RUNS:-7}}
examples=${EXAMPLES:-2000}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 NO_COLOR=1
work=$(mktemp -d "${TMPDIR:-/tmp}/ft-msbuild-noop.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/feed" "$work/packages"

echo "packing into $work/feed ..."
for p in FineTune.Pipeline.MSBuild FineTune.Pipeline.Sdk; do
  dotnet pack "src/$p/$p.csproj" -c Release -o "$work/feed" -nodeReuse:false -tl:off -v:q > "$work/pack.log" 2>&1 \
    || { cat "$work/pack.log"; echo "packing $p failed"; exit 2; }
done

cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Build.targets"

write_project() { # folder, extra item group
  mkdir -p "$work/$1"
  cat > "$work/$1/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  $2
</Project>
XML
  printf 'namespace Sample;\n\npublic static class Library\n{\n}\n' > "$work/$1/Library.cs"
}
write_project without ''
write_project with '<ItemGroup><PackageReference Include="FineTune.Pipeline.MSBuild" Version="0.1.0" PrivateAssets="all" /></ItemGroup>'
mkdir -p "$work/with/data"
cat > "$work/with/finetune.yaml" <<YAML
version: 1
data:
  train: data/train.jsonl
train:
  provider: openai
  base_model: sample-model
models:
  sample-model:
    provider: openai
    encoding: o200k_base
openai:
  base_url: http://127.0.0.1:9/v1
cost:
  price_per_million_tokens: 10
  budget_usd: 1000
YAML
for i in $(seq 1 "$examples"); do
  printf '{"messages":[{"role":"system","content":"You answer questions about the sample catalogue."},{"role":"user","content":"What colour is item %d in the catalogue?"},{"role":"assistant","content":"Item %d is painted in shade number %d of the house palette."}]}\n' "$i" "$i" "$((i * 7))"
done > "$work/with/data/train.jsonl"

build() { dotnet build "$work/$1/App.csproj" --no-restore -nodeReuse:false -p:UseSharedCompilation=false -tl:off -v:q -clp:NoSummary; }
for p in without with; do
  echo "first build of '$p' (restore, compile, validate) ..."
  dotnet build "$work/$p/App.csproj" -nodeReuse:false -p:UseSharedCompilation=false -tl:off -v:q > "$work/first.log" 2>&1 \
    || { cat "$work/first.log"; echo "the first build of '$p' failed"; exit 2; }
  build "$p" >/dev/null # the second build settles the incremental state
done

time_build() { # prints seconds
  local start end
  start=$(date +%s.%N)
  build "$1" >/dev/null
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2] + a[NR/2+1]) / 2}'; }

: > "$work/without.txt"; : > "$work/with.txt"
for i in $(seq 1 "$runs"); do
  if (( i % 2 )); then order="without with"; else order="with without"; fi
  for p in $order; do
    t=$(time_build "$p")
    echo "$t" >> "$work/$p.txt"
    printf 'run %d %-8s %.3f s\n' "$i" "$p" "$t"
  done
done

m_without=$(median < "$work/without.txt")
m_with=$(median < "$work/with.txt")
diff=$(awk -v a="$m_without" -v b="$m_with" 'BEGIN { printf "%.3f", b - a }')
printf '\nno-op dotnet build --no-restore, median of %d runs (%d examples in the dataset)\n' "$runs" "$examples"
printf '  without FineTune.Pipeline.MSBuild: %.3f s\n' "$m_without"
printf '  with    FineTune.Pipeline.MSBuild: %.3f s\n' "$m_with"
printf '  difference:                       %+.3f s (target: at most +1.000 s)\n' "$diff"
if awk -v d="$diff" 'BEGIN { exit !(d > 1.0) }'; then
  echo "FAIL: the package adds more than 1 s to a no-op build"
  exit 1
fi
echo "PASS"
