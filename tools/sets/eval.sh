#!/usr/bin/env bash
# Scores the development set and the holdout sets in-process, one report per set, for comparing two versions of the bot.
#   tools/sets/eval.sh <out-dir> [set ...]        (default: dev, holdout, holdout2 … every HoldoutN folder)
# Builds the benchmarks in Release into artifacts/sets (so a running IDE build is not disturbed), then runs
# `devset --set <set> --rounds 1` for each set and prints a one-line summary per set. Compare two runs with diff.sh.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:?usage: tools/sets/eval.sh <out-dir> [set ...]}; shift
mkdir -p "$out"; out=$(cd "$out" && pwd)
if [ $# -eq 0 ]; then
  set -- dev holdout $(ls -d "$root"/tests/SummitBot.Tests/Holdout[0-9]* | sed -E 's/.*Holdout([0-9]+)$/holdout\1/' | sort -V)
fi
art="$root/artifacts/sets"
cd "$root" || exit 1
dotnet build tests/SummitBot.Benchmarks -c Release --artifacts-path "$art" -v q -clp:ErrorsOnly --nologo > "$out/build.log" 2>&1 || { tail -20 "$out/build.log"; exit 1; }
for s in "$@"; do
  dotnet "$art/bin/SummitBot.Benchmarks/release/SummitBot.Benchmarks.dll" devset --set "$s" --rounds 1 > "$out/$s.txt" 2>&1
  printf '%-10s %s\n' "$s" "$(grep -m1 ' set on ' "$out/$s.txt" | sed -E 's/.*answered right ([0-9]+\/[0-9]+).*wrong with a citation ([0-9]+).*unanswerable declined ([0-9]+\/[0-9]+).*precision of cited answers ([0-9.]+ %).*/\1 right, \2 wrong, \3 declined, \4 precise/')"
done
