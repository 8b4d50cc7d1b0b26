#!/usr/bin/env bash
# Installs the `finetune` command for the composite action (action.yml) into a tool path under
# $RUNNER_TEMP and puts that folder on $GITHUB_PATH, so this and later steps can run `finetune`.
#
#   FT_VERSION set:    `dotnet tool install FineTune.Pipeline.Tool --version $FT_VERSION`
#                      from the configured NuGet sources, plus FT_SOURCE when that is set.
#   FT_VERSION empty:  the tool is packed from the action's own source (FT_ACTION_PATH, the
#                      same commit as the `uses:` ref) into a local folder feed and installed
#                      from there. Build outputs go to $RUNNER_TEMP, never into the checkout.
#                      FT_BUILD_PROPERTIES (space-separated NAME=VALUE) become -p: arguments,
#                      e.g. FineTuneTorchBackend=cuda.
#
# The install uses a private NUGET_PACKAGES folder, so a tool package cached on a self-hosted
# runner by an earlier job can never stand in for the one just packed.
set -euo pipefail

: "${RUNNER_TEMP:?RUNNER_TEMP is not set (this script runs inside GitHub Actions)}"
: "${GITHUB_PATH:?GITHUB_PATH is not set (this script runs inside GitHub Actions)}"
action_path="${FT_ACTION_PATH:?FT_ACTION_PATH must point at the folder of the action}"
version="${FT_VERSION:-}"
source="${FT_SOURCE:-}"
read -r -a build_properties <<< "${FT_BUILD_PROPERTIES:-}"
package_id="FineTune.Pipeline.Tool"
tool_path="$RUNNER_TEMP/finetune-tool"
work="$RUNNER_TEMP/finetune-install"
stamp="$tool_path/.finetune-install"
wanted="version=$version source=$source properties=${build_properties[*]} action=$action_path"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  echo "finetune is already installed in $tool_path ($wanted)"
  echo "$tool_path" >> "$GITHUB_PATH"
  exit 0
fi
if [ -d "$tool_path/.store" ]; then
  dotnet tool uninstall "$package_id" --tool-path "$tool_path" > /dev/null || true
fi
rm -rf "$work"
mkdir -p "$work/feed" "$tool_path"
# From the temp folder, no global.json of the user's repository or of the action pins the SDK.
cd "$work"

install_args=(tool install "$package_id" --tool-path "$tool_path")
if [ -n "$version" ]; then
  echo "::group::Install $package_id $version"
  install_args+=(--version "$version")
  if [ "${#build_properties[@]}" -gt 0 ]; then
    echo "::warning title=finetune action::build-properties apply only when the tool is built from source (no version); ignored for $version"
  fi
  if [ -n "$source" ]; then
    install_args+=(--add-source "$source")
  fi
else
  project="$action_path/src/FineTune.Pipeline.Cli/FineTune.Pipeline.Cli.csproj"
  if [ ! -f "$project" ]; then
    echo "::error title=finetune action::No version given and no source at $project. Set the action input 'version' to a published version of $package_id."
    exit 2
  fi
  echo "::group::Build $package_id from $action_path"
  pack_args=(pack "$project" -c Release -o "$work/feed" --artifacts-path "$work/artifacts" -nodeReuse:false -v q)
  for property in "${build_properties[@]}"; do
    pack_args+=("-p:$property")
  done
  dotnet "${pack_args[@]}"
  packed=$(find "$work/feed" -maxdepth 1 -name "$package_id.*.nupkg" ! -name '*.symbols.nupkg' | head -n 1)
  if [ -z "$packed" ]; then
    echo "::error title=finetune action::dotnet pack produced no $package_id package"
    exit 2
  fi
  packed_version=$(basename "$packed" .nupkg)
  packed_version=${packed_version#"$package_id".}
  # Only the local feed: a package with the same id and version on another feed must never win.
  cat > "$work/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="finetune-local" value="$work/feed" />
  </packageSources>
</configuration>
CONFIG
  install_args+=(--version "$packed_version" --configfile "$work/nuget.config")
fi

NUGET_PACKAGES="$work/nuget-packages" dotnet "${install_args[@]}"
echo "::endgroup::"

echo "$wanted" > "$stamp"
echo "$tool_path" >> "$GITHUB_PATH"
"$tool_path/finetune" --version
