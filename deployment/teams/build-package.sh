#!/usr/bin/env bash
# Builds the Teams app package (manifest.json and the two icons at the zip's root) for sideloading, after checking
# its inputs and validating the manifest against Microsoft's schema (validate-manifest.js, npm @microsoft/app-manifest).
# Usage: MICROSOFT_APP_ID=<bot app id, a GUID> BOT_BASE_URL=https://<app>.azurewebsites.net deployment/teams/build-package.sh
# Optional: TEAMS_APP_ID (a GUID; default MICROSOFT_APP_ID), OUTPUT_ZIP (default deployment/teams/backcarebot-teams.zip).
# Exit code: 0 built, 1 bad input or a manifest the schema rejects, 2 a tool is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

fail() { echo "build-package.sh: $*" >&2; exit 1; }
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'

: "${MICROSOFT_APP_ID:?set MICROSOFT_APP_ID to the bot's Microsoft App ID (a GUID)}"
: "${BOT_BASE_URL:?set BOT_BASE_URL to the bot's https base URL}"
TEAMS_APP_ID="${TEAMS_APP_ID:-$MICROSOFT_APP_ID}"
[[ $MICROSOFT_APP_ID =~ $guid ]] || fail "MICROSOFT_APP_ID must be a GUID (the bot's Microsoft App ID), not '$MICROSOFT_APP_ID'."
[[ $TEAMS_APP_ID =~ $guid ]] || fail "TEAMS_APP_ID must be a GUID, not '$TEAMS_APP_ID'."

# Teams loads the privacy and terms pages and the bot's pictures over https only, from a host it can name.
BOT_BASE_URL="${BOT_BASE_URL%/}"
[[ $BOT_BASE_URL =~ ^https://([A-Za-z0-9.-]+)(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?$ ]] \
  || fail "BOT_BASE_URL must be an https:// URL with a host name and no query, such as https://backcarebot.azurewebsites.net, not '$BOT_BASE_URL'."
BOT_HOST="${BASH_REMATCH[1]}"
output=$(realpath -m "${OUTPUT_ZIP:-$here/backcarebot-teams.zip}")

for tool in envsubst zip node npm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "build-package.sh: $tool is required (Debian: gettext-base, zip, nodejs, npm)." >&2; exit 2; }
done
if [ ! -d "$here/node_modules/@microsoft/app-manifest" ]; then
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
fi

export TEAMS_APP_ID MICROSOFT_APP_ID BOT_BASE_URL BOT_HOST
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
envsubst '${TEAMS_APP_ID} ${MICROSOFT_APP_ID} ${BOT_BASE_URL} ${BOT_HOST}' <"$here/manifest.template.json" >"$work/manifest.json"
node "$here/validate-manifest.js" "$work/manifest.json" || fail "the manifest does not match the Teams schema (above)."
cp "$here/color.png" "$here/outline.png" "$work/"
rm -f "$output"
(cd "$work" && zip -q -X "$output.tmp" manifest.json color.png outline.png) && mv "$output.tmp" "$output"
echo "Wrote $output"
