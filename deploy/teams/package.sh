#!/usr/bin/env bash
# Builds the Teams app package (a zip of manifest.json and the two icons) for sideloading or upload to Teams.
#
#   deploy/teams/package.sh [APP_ID] [OUTPUT_ZIP]
#
# APP_ID is the bot's Microsoft App ID (the Azure Bot's MicrosoftAppId); without the argument it is read from the
# environment variable MicrosoftAppId. OUTPUT_ZIP defaults to deploy/teams/summitbot-teams.zip (ignored by git).
# The developer links Teams shows come from SUMMITBOT_WEBSITE_URL, SUMMITBOT_PRIVACY_URL and SUMMITBOT_TERMS_URL
# (https; placeholders under example.com otherwise).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_id="${1:-${MicrosoftAppId:-}}"
output="${2:-$here/summitbot-teams.zip}"
website="${SUMMITBOT_WEBSITE_URL:-https://example.com/summitbot}"
privacy="${SUMMITBOT_PRIVACY_URL:-$website/privacy}"
terms="${SUMMITBOT_TERMS_URL:-$website/terms}"

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if [[ ! "$app_id" =~ $guid ]]; then
  echo "usage: $0 APP_ID [OUTPUT_ZIP]   (or set MicrosoftAppId): the bot's Microsoft App ID, a GUID" >&2
  exit 2
fi
for url in "$website" "$privacy" "$terms"; do
  if [[ ! "$url" =~ ^https://[^[:space:]\"\\]+$ ]]; then
    echo "$0: developer links must be https URLs: $url" >&2
    exit 2
  fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Fill in the placeholders (sed's own special characters in the URLs escaped).
escape() { printf '%s' "$1" | sed -e 's/[|&\\]/\\&/g'; }
sed -e "s|{{MicrosoftAppId}}|$app_id|g" \
    -e "s|{{WebsiteUrl}}|$(escape "$website")|g" \
    -e "s|{{PrivacyUrl}}|$(escape "$privacy")|g" \
    -e "s|{{TermsOfUseUrl}}|$(escape "$terms")|g" \
    "$here/manifest.json" > "$work/manifest.json"
if grep -q '{{' "$work/manifest.json"; then
  echo "$0: a placeholder was left unfilled in manifest.json" >&2
  exit 1
fi
cp "$here/color.png" "$here/outline.png" "$work/"

# The three files sit at the root of the zip, as Teams requires.
mkdir -p "$(dirname "$output")"
output="$(cd "$(dirname "$output")" && pwd)/$(basename "$output")"
rm -f "$output"
if command -v zip >/dev/null 2>&1; then
  (cd "$work" && zip -q -X "$output" manifest.json color.png outline.png)
else
  python3 - "$work" "$output" <<'PY'
import os, sys, zipfile
work, output = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package:
    for name in ("manifest.json", "color.png", "outline.png"):
        package.write(os.path.join(work, name), name)
PY
fi
echo "$output"
