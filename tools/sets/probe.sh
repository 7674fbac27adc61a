#!/usr/bin/env bash
# For every case an eval.sh report lists as failing: the case (questions, expected answer, cited run) and
# `ask --explain` of its last question, on the set's copy of the knowledge that eval.sh made under generated/.
#   tools/sets/probe.sh <set> <report> > probe.txt       (after tools/sets/eval.sh has built and run the set)
# A follow-up's last question is asked after the question before it (ask --after), as in the conversation.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
set=${1:?usage: tools/sets/probe.sh <set> <report>}; report=${2:?usage: tools/sets/probe.sh <set> <report>}
case $set in dev) folder=DevSet;; holdout) folder=Holdout;; *) folder=Holdout${set#holdout};; esac
questions="$root/tests/SummitBot.Tests/$folder/questions.json"
bot="$root/artifacts/sets/bin/SummitBot/release/SummitBot.dll"
[ -f "$bot" ] || { echo "probe: run tools/sets/eval.sh first ($bot is missing)" >&2; exit 1; }
export Knowledge__Path="$root/generated/devset-$set-0/knowledge" Search__IndexPath="$root/generated/probe-index-$set" Knowledge__Watch=false Logging__LogLevel__Default=Warning
field() { python3 -c 'import json, sys
c = next(c for c in json.load(open(sys.argv[1]))["cases"] if c["id"] == sys.argv[2])
print(eval(sys.argv[3]))' "$questions" "$1" "$2"; }
cd "$root" || exit 1
grep -E '^  (Declined|WrongAnswer|WrongPassage|WronglyAnswered) ' "$report" | awk '{print $2" "$1}' | while read -r id verdict; do
  echo; echo "######## $id [$(field "$id" 'c["type"]')] $verdict"
  echo "ASK: $(field "$id" '" // ".join(c["ask"])')"
  echo "EXPECT: $(field "$id" '" | ".join(c.get("answer") or ["(decline)"])')   CITES: $(field "$id" 'c.get("cites")')"
  after=(); [ "$(field "$id" 'len(c["ask"])')" -gt 1 ] && after=(--after "$(field "$id" 'c["ask"][-2]')")
  dotnet "$bot" ask --explain "${after[@]}" "$(field "$id" 'c["ask"][-1]')" < /dev/null 2>&1
done
