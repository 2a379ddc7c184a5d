#!/usr/bin/env bash
# Compares two trees written by scripts/same-output.sh. Prints every difference except
# (a) `src/runtime/`, the runtime crate's own files copied as they are (a change there is
# the runtime's, not the generator's), summarised as a count, and (b) comment lines and
# blank lines of `Cargo.toml`, which carry the runtime manifest's comments. The generator's
# messages (`*.log`) are compared without their "N file(s) changed" line, whose count
# includes the runtime's files.
# Exit status 0 when nothing else differs.
#
#   scripts/compare-output.sh BEFORE AFTER
set -u
before=$1 after=$2
status=0
runtime=$(diff -rq "$before" "$after" | grep -c '/src/runtime')
echo "runtime copy: $runtime file(s) differ (the runtime's own change)"
if diff -r -x runtime -x Cargo.toml -x '*.log' "$before" "$after"; then :; else status=1; fi
while read -r log; do
  rel=${log#"$before"/}
  if ! diff <(grep -v 'file(s) changed' "$log") <(grep -v 'file(s) changed' "$after/$rel") >/dev/null; then
    echo "messages differ: $rel"
    diff <(grep -v 'file(s) changed' "$log") <(grep -v 'file(s) changed' "$after/$rel")
    status=1
  fi
done < <(find "$before" -name '*.log' | LC_ALL=C sort)
while read -r toml; do
  rel=${toml#"$before"/}
  if ! diff <(grep -v '^#' "$toml" | grep -v '^$') <(grep -v '^#' "$after/$rel" | grep -v '^$') >/dev/null 2>&1; then
    echo "Cargo.toml differs beyond comments: $rel"
    diff <(grep -v '^#' "$toml" | grep -v '^$') <(grep -v '^#' "$after/$rel" | grep -v '^$') | head -20
    status=1
  fi
done < <(find "$before" -name Cargo.toml)
[ "$status" = 0 ] && echo "identical apart from the runtime copy and Cargo.toml comments"
exit $status
