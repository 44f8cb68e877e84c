#!/usr/bin/env bash
# Packs the built package and checks it the way users meet it: publint and attw on the
# tarball, then a fresh project that installs the tarball and imports it through ESM
# `import` and CJS `require`, and runs the `paybands` binary.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
echo "packed $tarball ($(du -k "$work/$tarball" | cut -f1) kB)"
npx --no-install publint run "$work/$tarball" --strict
npx --no-install attw "$work/$tarball" --format table-flipped --exclude-entrypoints ./package.json

mkdir -p "$work/app"
cd "$work/app"
echo '{ "name": "paybands-smoke", "private": true, "version": "0.0.0" }' > package.json
zod_version=$(node -p "require('$root/node_modules/zod/package.json').version")
# --ignore-scripts: the package must work for users who install without lifecycle scripts
# (we ship none, and neither do decimal.js or zod; this keeps it so).
npm install --ignore-scripts --silent --no-audit --no-fund --prefer-offline "$work/$tarball" "zod@$zod_version" >/dev/null

cat > esm.mjs <<'JS'
import assert from "node:assert/strict";
import { getDataset, getLevel, getMetro, isPaybandsError } from "paybands";
import * as core from "paybands/core";
import { DatasetSchema, parseDataset } from "paybands/schemas";
const ds = getDataset();
assert.equal(ds.id, "backend-developer");
assert.equal(getLevel("senior").base.anchors[1].amount, 205000);
assert.equal(core.getMetro(ds, "sf").premium, 0.38);
assert.equal(DatasetSchema.safeParse(ds).success, true);
assert.equal(parseDataset(JSON.parse(JSON.stringify(ds))).version, ds.version);
assert.throws(() => getMetro("paris"), (e) => isPaybandsError(e, "UNKNOWN_METRO"));
console.log("esm import ok");
JS
cat > cjs.cjs <<'JS'
const assert = require("node:assert/strict");
const paybands = require("paybands");
const core = require("paybands/core");
const schemas = require("paybands/schemas");
assert.equal(paybands.getDataset().levels.length, 4);
assert.equal(core.getLevel(paybands.getDataset(), "principal").id, "staff");
assert.equal(typeof schemas.safeParseDataset, "function");
assert.equal(schemas.safeParseDataset({}).success, false);
console.log("cjs require ok");
JS
node esm.mjs
node cjs.cjs
./node_modules/.bin/paybands levels | grep -q "Senior Backend Developer"
echo "bin ok"
