#!/usr/bin/env bash
# The quickstart: build revmeta, seed an embedded Postgres, then plan, apply, and plan again.
set -euo pipefail
cd "$(dirname "$0")"
revmeta() { node ../../bin/revmeta.js "$@"; }
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "Building revmeta"
(cd ../.. && npm run --silent build)

step "Seeding an embedded Postgres (PGlite) in examples/quickstart/.revmeta/pgdata"
node seed.mjs

step "revmeta validate"
revmeta validate

step "revmeta plan: what differs between the manifests and the database"
revmeta plan --out .revmeta/plan.json

step "revmeta apply .revmeta/plan.json: apply exactly the reviewed plan"
revmeta apply .revmeta/plan.json

step "revmeta plan --detailed-exitcode: a second plan is empty"
revmeta plan --detailed-exitcode
echo "No changes after apply: the database matches the manifests."
