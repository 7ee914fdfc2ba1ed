// Validates a Teams app manifest against Microsoft's JSON schema for its manifestVersion, the schema shipped in the
// npm package @microsoft/app-manifest (so nothing is fetched from the network), with that package's own validator.
// Usage: node validate-manifest.js manifest.json   Exit code: 0 valid, 1 invalid (each problem printed), 2 unusable.
'use strict';

const fs = require('fs');
const path = require('path');

// @microsoft/app-manifest 1.1.2 requires fs-extra without declaring it; package.json pins it beside it.
const { AppManifestUtils } = require('@microsoft/app-manifest');

async function main(file) {
  if (!file) {
    console.error('Usage: node validate-manifest.js <manifest.json>');
    return 2;
  }

  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file} is not readable JSON: ${error.message}`);
    return 1;
  }

  const version = typeof manifest.manifestVersion === 'string' ? manifest.manifestVersion : '';
  if (!/^\d+\.\d+$/.test(version)) {
    console.error(`${file}: manifestVersion must be a version such as "1.19".`);
    return 1;
  }

  const packageFolder = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const schemaFile = path.join(packageFolder, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
  if (!fs.existsSync(schemaFile)) {
    console.error(`${file}: @microsoft/app-manifest ships no schema for manifestVersion ${version}.`);
    return 2;
  }

  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
  const problems = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  if (problems.length > 0) {
    console.error(`${file} does not match the Teams manifest schema v${version}:`);
    for (const problem of problems) {
      console.error(`  ${problem.trim()}`);
    }

    return 1;
  }

  console.log(`${file} matches the Teams manifest schema v${version}.`);
  return 0;
}

main(process.argv[2]).then((code) => process.exit(code), (error) => {
  console.error(`Could not validate: ${error.message}`);
  process.exit(2);
});
