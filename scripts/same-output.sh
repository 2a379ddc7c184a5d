#!/usr/bin/env bash
# Generates every spec under a folder with one generator binary, into one output folder, so
# that two builds of the generator can be compared with `diff -r`: a refactoring that keeps
# behaviour gives identical trees. Each spec is generated twice, plain and with features by
# tag (the options `cargo xtask corpus` and the GitHub benchmark use).
#
#   scripts/same-output.sh GENERATOR SPECS_DIR OUT_DIR
set -u
# Absolute, since each run works in OUT_DIR.
gen=$(realpath "$1") specs=$(realpath "$2") out=$3
rm -rf "$out" && mkdir -p "$out"
find "$specs" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) | LC_ALL=C sort |
while read -r spec; do
  rel=${spec#"$specs"/}
  name=c-$(printf '%s' "$rel" | tr -c 'A-Za-z0-9' '-' | tr 'A-Z' 'a-z' | cut -c1-60 | sed 's/^-*//;s/-*$//')
  for mode in plain bytag; do
    flags=(--skip-unsupported)
    [ "$mode" = bytag ] && flags+=(--features-by-tag)
    dir="$out/$mode/$name"
    mkdir -p "$out/$mode"
    # The output folder is named relative to OUT_DIR, so that the command quoted in every
    # file's header is the same for both trees.
    (cd "$out" && "$gen" --spec "$spec" --out "$mode/$name" --crate-name "$name" "${flags[@]}") \
      >"$dir.log" 2>&1
    echo "exit=$?" >>"$dir.log"
  done
done
echo "generated into $out"
