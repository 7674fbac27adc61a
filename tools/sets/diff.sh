#!/usr/bin/env bash
# Compares two eval.sh runs: for each set whose score or cases changed, the two summaries and every case whose verdict
# changed (RIGHT stands for a case the report does not list, i.e. answered right or rightly declined).
#   tools/sets/diff.sh <old-dir> <new-dir>
set -uo pipefail
cases() { grep -E '^  [A-Z][A-Za-z]+ +[a-z0-9]' "$1" | awk '{print $2" "$1}' | sort; }
summary() { grep -m1 ' set on ' "$1" | sed -E 's/.*: answered/answered/'; }
for new in "${2:?usage: tools/sets/diff.sh <old-dir> <new-dir>}"/*.txt; do
  s=$(basename "$new" .txt); old="$1/$s.txt"
  [ -f "$old" ] && grep -q ' set on ' "$new" || continue
  if [ "$(summary "$old")" != "$(summary "$new")" ] || [ "$(cases "$old")" != "$(cases "$new")" ]; then
    echo "== $s"; echo "  old: $(summary "$old")"; echo "  new: $(summary "$new")"
    join -a1 -a2 -e RIGHT -o 0,1.2,2.2 <(cases "$old") <(cases "$new") | awk '$2 != $3 {print "   " $1 ": " $2 " -> " $3}'
  fi
done
