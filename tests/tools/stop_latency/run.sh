#!/bin/sh
# Stop latency and peak RSS per class of native (docs/security.md):
#   tests/tools/stop_latency/run.sh [path/to/sandpy]
B=${1:-target/release/sandpy}
D=$(dirname "$0")
for f in "$D"/*.py; do
  /usr/bin/time -f "%e %M" -o /tmp/sandpy_lat.$$ "$B" run --time 1 --memory 64M "$f" >/dev/null 2>/tmp/sandpy_err.$$
  set -- $(grep -v "^Command" /tmp/sandpy_lat.$$)
  printf "%-18s wall %ss  rss %s MB  %s\n" "$(basename "$f" .py)" "$1" "$(($2 / 1024))" "$(grep -v '^Command' /tmp/sandpy_err.$$ | tail -1)"
done
rm -f /tmp/sandpy_lat.$$ /tmp/sandpy_err.$$
