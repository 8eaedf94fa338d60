#!/bin/sh
# run-fuzz.sh SECONDS: build the atlas loader fuzz target with clang
# (libFuzzer + AddressSanitizer + UndefinedBehaviorSanitizer) and run it.
# Exits non-zero when the fuzzer finds a crash, leak or sanitizer report.
# No meson needed: the loader sources and the bundled-data resource are
# compiled directly.  Work files go to ${FUZZ_WORK:-/tmp/yuntu-fuzz}.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${FUZZ_WORK:-/tmp/yuntu-fuzz}
mkdir -p "$work/corpus" "$work/artifacts"
: > "$work/config.h"
# The loader needs the atlas, not the basemaps, which only a build compiles.
grep -v 'basemap-' "$root/resources/yuntu-engine.gresource.xml" > "$work/atlas.gresource.xml"
glib-compile-resources --generate-source --c-name yt_engine \
  --sourcedir "$root/data" --sourcedir "$root/resources" \
  --target "$work/resources.c" "$work/atlas.gresource.xml"
flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
  -DGETTEXT_PACKAGE=\"yuntu\" -DG_LOG_DOMAIN=\"Yuntu\" -I$work -I$root/include -I$root/app/core
  $(pkg-config --cflags glib-2.0 gobject-2.0 gio-2.0 libxml-2.0)"
# shellcheck disable=SC2086
clang $flags -o "$work/fuzz-atlas-loader" "$here/fuzz-atlas-loader.c" \
  "$root"/app/core/yt-atlas*.c "$root/app/core/yt-lang.c" "$root/app/core/yt-membership.c" "$work/resources.c" \
  $(pkg-config --libs glib-2.0 gobject-2.0 gio-2.0 libxml-2.0) -lm
# The committed seeds stay read-only; new inputs go to the work corpus.
"$work/fuzz-atlas-loader" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -dict="$here/atlas.dict" -artifact_prefix="$work/artifacts/" \
  "$work/corpus" "$here/corpus"
