#!/bin/sh
# run-fuzz.sh SECONDS [TARGET…]: build fuzz targets with clang (libFuzzer +
# AddressSanitizer + UndefinedBehaviorSanitizer) and run each for SECONDS.
# Targets: atlas-loader (the XML loader) and data-import (GDAL reading a
# CSV, GeoJSON, KML or GeoPackage, the column mapping, matching, the XML
# writer and the loader after it); both when none is named.
# Exits non-zero when a fuzzer finds a crash, leak or sanitizer report.
# No meson needed: the sources and the bundled-data resource are compiled
# directly.  Work files go to ${FUZZ_WORK:-/tmp/yuntu-fuzz}.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-atlas-loader data-import}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${FUZZ_WORK:-/tmp/yuntu-fuzz}
mkdir -p "$work/artifacts"
cat > "$work/config.h" <<EOF
#define LOCALEDIR "/nonexistent"
#define YUNTU_MODULEDIR "/nonexistent"
#define BUILD_MODULEDIR "/nonexistent"
EOF
# The loader needs the atlas, not the basemaps, which only a build compiles;
# the importer reads the outlines from their XML (a basemap may be either).
grep -v 'basemap-' "$root/resources/yuntu-engine.gresource.xml" > "$work/atlas.gresource.xml"
sed 's|<file alias="basemap/\(basemap-[a-z]*\)\.ytb">[^<]*</file>|<file alias="basemap/\1.ytb">basemap/\1.xml</file>|' \
  "$root/resources/yuntu-engine.gresource.xml" > "$work/import.gresource.xml"
glib-compile-resources --generate-source --c-name yt_engine \
  --sourcedir "$root/data" --sourcedir "$root/resources" \
  --target "$work/resources.c" "$work/atlas.gresource.xml"
glib-compile-resources --generate-source --c-name yt_engine \
  --sourcedir "$root/data" --sourcedir "$root/resources" \
  --target "$work/import-resources.c" "$work/import.gresource.xml"
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
  -DGETTEXT_PACKAGE=\"yuntu\" -DG_LOG_DOMAIN=\"Yuntu\" -I$work -I$root/include -I$root/app/core"

build_atlas_loader() {
  # shellcheck disable=SC2086
  clang $flags $(pkg-config --cflags glib-2.0 gobject-2.0 gio-2.0 libxml-2.0) \
    -o "$work/fuzz-atlas-loader" "$here/fuzz-atlas-loader.c" \
    "$root"/app/core/yt-atlas*.c "$root/app/core/yt-lang.c" "$root/app/core/yt-membership.c" "$work/resources.c" \
    $(pkg-config --libs glib-2.0 gobject-2.0 gio-2.0 libxml-2.0) -lm
}

build_data_import() {
  # shellcheck disable=SC2086
  clang $flags -I"$root/app/io" -I"$root/app/geo" \
    $(pkg-config --cflags glib-2.0 gobject-2.0 gio-2.0 gmodule-2.0 libxml-2.0 cairo proj gdal) \
    -o "$work/fuzz-data-import" "$here/fuzz-data-import.c" \
    "$root"/app/core/yt-atlas*.c "$root/app/core/yt-lang.c" "$root/app/core/yt-membership.c" "$root/app/core/yt-catalog.c" \
    "$root/app/core/yt-atomic-file.c" "$root"/app/geo/*.c \
    "$root"/app/io/yt-*.c "$root"/app/io/gdal/*.c "$work/import-resources.c" \
    $(pkg-config --libs glib-2.0 gobject-2.0 gio-2.0 gmodule-2.0 libxml-2.0 proj gdal) -lm
}

for target in $targets; do
  case "$target" in
    atlas-loader) build_atlas_loader; corpus="$here/corpus"; dict="-dict=$here/atlas.dict"; max_len=65536 ;;
    data-import) build_data_import; corpus="$here/corpus-import"; dict=""; max_len=131072 ;;
    *) echo "run-fuzz.sh: unknown target $target" >&2; exit 2 ;;
  esac
  mkdir -p "$work/corpus-$target"
  # The committed seeds stay read-only; new inputs go to the work corpus.
  # shellcheck disable=SC2086
  "$work/fuzz-$target" -max_total_time="$seconds" -max_len=$max_len -timeout=10 -rss_limit_mb=2048 \
    $dict -artifact_prefix="$work/artifacts/$target-" "$work/corpus-$target" "$corpus"
done
