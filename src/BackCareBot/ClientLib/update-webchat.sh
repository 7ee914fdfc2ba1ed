#!/usr/bin/env bash
# Copies the Bot Framework Web Chat bundle pinned in package-lock.json into wwwroot/lib/botframework-webchat, the
# folder the bot serves. Only maintainers run it: the bundle is committed, so running the bot needs no npm.
#
#   ./update-webchat.sh           re-copies the pinned version (a clean diff proves the committed bundle is it)
#   ./update-webchat.sh 4.18.2    pins that version in package.json and package-lock.json first
#
# It fetches the one package tarball with `npm pack` (not the ~450 packages of its dependency tree, which the
# prebuilt bundle already contains) and checks it against the integrity recorded in package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"

if [[ $# -gt 0 ]]; then
  npm install --package-lock-only --ignore-scripts --save-exact "botframework-webchat@$1"
fi

read -r version integrity < <(node -p "
  const entry = require('./package-lock.json').packages['node_modules/botframework-webchat'];
  entry.version + ' ' + entry.integrity")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm pack --silent --pack-destination "$work" "botframework-webchat@$version" >/dev/null
tarball="$work/botframework-webchat-$version.tgz"

actual=$(node -e "
  const data = require('fs').readFileSync(process.argv[1]);
  console.log('sha512-' + require('crypto').createHash('sha512').update(data).digest('base64'))" "$tarball")
if [[ "$actual" != "$integrity" ]]; then
  echo "botframework-webchat@$version does not match the integrity in package-lock.json" >&2
  exit 1
fi

tar -xzf "$tarball" -C "$work" package/dist/webchat.js package/dist/webchat.js.LICENSE.txt
target=../wwwroot/lib/botframework-webchat
mkdir -p "$target"
cp "$work/package/dist/webchat.js" "$work/package/dist/webchat.js.LICENSE.txt" "$target/"
echo "botframework-webchat $version -> $target ($(wc -c < "$target/webchat.js") bytes)"
# The npm package carries no LICENSE file; $target/LICENSE is Web Chat's MIT licence, kept by hand.
