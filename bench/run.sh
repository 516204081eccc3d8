#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Build bench-lists and run it on DB (default /tmp/aftersales-bench.db).
# A missing or empty DB is first filled with 1,000,000 demo repair orders,
# which takes a minute or two and about 1 GB of disk; later runs reuse it.
#   bench/run.sh [DB [N_REPAIRS]]
# Builds in _build-bench (optimized) unless BUILD_DIR names another one.

set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
build=${BUILD_DIR:-$root/_build-bench}
db=${1:-/tmp/aftersales-bench.db}
n=${2:-1000000}

if [[ ! -f $build/build.ninja ]]; then
  meson setup "$build" "$root" --buildtype=release >/dev/null
fi
meson compile -C "$build" bench-lists >/dev/null
exec "$build/bench/bench-lists" "$db" "$n"
