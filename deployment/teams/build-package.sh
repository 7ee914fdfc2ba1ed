#!/usr/bin/env bash
# Builds the Teams app package (manifest.json and the two icons at the zip's root) for sideloading.
# Usage: MICROSOFT_APP_ID=<bot app id> BOT_BASE_URL=https://<app>.azurewebsites.net deployment/teams/build-package.sh
set -euo pipefail
cd "$(dirname "$0")"
: "${MICROSOFT_APP_ID:?set MICROSOFT_APP_ID to the bot's Microsoft App ID (a GUID)}"
: "${BOT_BASE_URL:?set BOT_BASE_URL to the bot's https base URL}"
export MICROSOFT_APP_ID BOT_BASE_URL
export TEAMS_APP_ID="${TEAMS_APP_ID:-$MICROSOFT_APP_ID}"
export BOT_HOST="${BOT_BASE_URL#https://}"
BOT_HOST="${BOT_HOST%%/*}"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
envsubst '${TEAMS_APP_ID} ${MICROSOFT_APP_ID} ${BOT_BASE_URL} ${BOT_HOST}' < manifest.template.json > "$out/manifest.json"
cp color.png outline.png "$out/"
rm -f backcarebot-teams.zip
(cd "$out" && zip -q -X "$OLDPWD/backcarebot-teams.zip" manifest.json color.png outline.png)
echo "Wrote $(pwd)/backcarebot-teams.zip"
