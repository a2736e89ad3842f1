#!/usr/bin/env bash
# Checks the layout rules of the source tree: every file under src/ is named after the main type it holds,
# holds at most one use case (MediatR handler), controller or EF aggregate configuration, and is at most
# 300 lines long; no file but src/Api/ApiSurfaces.cs writes a route prefix (api/v1, api/stores, api/plugin,
# api/auth, api/admin) in its code (comments may name routes). Generated code (Migrations, obj, bin) is
# skipped. Exit 1 with one line per offence.
set -euo pipefail
cd "$(dirname "$0")/.."

offences=0
report() { echo "check-tree: $1"; offences=$((offences + 1)); }
max_lines=300
surfaces=src/Api/ApiSurfaces.cs

while IFS= read -r -d '' file; do
  name=$(basename "$file" .cs)
  # Top-level and nested type declarations (class, record, struct, interface, enum).
  types=$(grep -oP '^\s*(?:(?:public|internal|private|protected|file|static|sealed|abstract|partial|readonly)\s+)*(?:record\s+struct|record\s+class|class|record|struct|interface|enum)\s+\K[A-Za-z_][A-Za-z0-9_]*' "$file" || true)
  lines=$(wc -l < "$file")
  [ "$lines" -gt "$max_lines" ] && report "$file has $lines lines; split it (at most $max_lines)"
  if [ "$file" != "$surfaces" ]; then
    # Code only: whole-line comments and comments after a statement are dropped first.
    prefixes=$(sed -E -e 's#^\s*//.*##' -e 's#([;{}),])\s*//.*#\1#' "$file" | grep -noP '/?\bapi/(v1|stores|plugin|auth|admin)\b' || true)
    [ -n "$prefixes" ] && report "$file writes a route prefix ($(echo $prefixes | tr '\n' ' ')); use ApiSurfaces"
  fi
  [ -z "$types" ] && continue   # e.g. GlobalUsings.cs, Program.cs top-level statements

  handlers=$(grep -cP '\bIRequestHandler<' "$file" || true)
  controllers=$(grep -cP '^\s*(?:public\s+)?(?:sealed\s+)?class\s+\w+Controller\b' "$file" || true)
  configurations=$(grep -cP '\bIEntityTypeConfiguration<' "$file" || true)
  [ "$handlers" -gt 1 ] && report "$file holds $handlers use cases (IRequestHandler); one per file"
  [ "$controllers" -gt 1 ] && report "$file holds $controllers controllers; one per file"
  # EF: one aggregate per file. Its child tables may be configured beside it (PackageConfiguration.cs holds
  # PackageServerConfiguration), so every configuration in the file must carry the aggregate's name.
  if [ "$configurations" -gt 1 ]; then
    aggregate=${name%Configuration}
    others=$(grep -oP 'class\s+\K\w+(?=\s*:\s*IEntityTypeConfiguration<)' "$file" | grep -v "^$aggregate" || true)
    [ -n "$others" ] && report "$file configures another aggregate ($(echo $others)); one aggregate per file"
  fi

  # The file is named after a type it declares: exactly, or as the use case of a XCommand / XQuery
  # (CreateCoupon.cs holds CreateCouponCommand, its validator and its handler).
  matched=no
  while IFS= read -r type; do
    case "$type" in
      "$name"|"${name}Command"|"${name}Query") matched=yes; break ;;
      *"$name") [ "$name" = DependencyInjection ] && { matched=yes; break; } ;;  # <Layer>DependencyInjection
    esac
  done <<< "$types"
  [ "$matched" = no ] && report "$file is not named after a type it holds ($(echo $types | tr '\n' ' '))"
done < <(find src -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*' -not -path '*/Migrations/*' -print0 | sort -z)

if [ "$offences" -gt 0 ]; then
  echo "check-tree: $offences offence(s)"
  exit 1
fi
echo "check-tree: every file under src/ is named after its main type, holds one use case, controller or EF aggregate at most, has at most $max_lines lines, and only ApiSurfaces writes route prefixes"
