#!/usr/bin/env bash
# Bootstraps Cake (the local tool pinned in .config/dotnet-tools.json) and runs build.cake.
# Usage: ./build.sh [--target=Default|Build|Test|...] [--configuration=Release]
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet tool restore >/dev/null
exec dotnet tool run dotnet-cake build.cake "$@"
