#!/usr/bin/env bash
# Runs graphql-http's GraphQL-over-HTTP server audits (the shared graphql-conformance tool's
# audit.mjs) against GraphQLServer over the toy schema and over RexGraphQL on Chinook, and
# graphql-js's introspection round trip (sdl-check.mjs) on Chinook, through
# GraphQLOverHttpConformanceTest, and GraphiQL's page in jsdom (graphiql-check.cjs), through
# GraphiQLTest, and a graphql-ws subscription (ws-sub.mjs) through GraphQLOverWebSocketConformanceTest.
# .ci/run prepares the same for the whole build (mvn -B verify).
#
#   rex-graphql/src/test/conformance/run.sh [extra mvn arguments, e.g. -Dmaven.repo.local=...]
#
# Needs node (>= 20) and npm. The tool is copied to a temporary directory and its pinned npm
# packages are installed there, with jsdom 29.1.1 (what npm picks for Node 20; later jsdoms need
# a newer Node), so the shared copy stays untouched. The tool's location defaults to
# shared/tools/graphql-conformance beside the repository; REX_GRAPHQL_CONFORMANCE_TOOL overrides it.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && cd .. && pwd)
tool=${REX_GRAPHQL_CONFORMANCE_TOOL:-$repo/../shared/tools/graphql-conformance}

for command in node npm mvn; do
  if ! command -v "$command" >/dev/null 2>&1; then
    echo "conformance: $command is not on the PATH" >&2
    exit 2
  fi
done
if [ ! -f "$tool/audit.mjs" ]; then
  echo "conformance: no audit.mjs in $tool (set REX_GRAPHQL_CONFORMANCE_TOOL)" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/rex-graphql-audit.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$tool/." "$work/"
chmod -R u+w "$work"
(cd "$work" && npm install --no-audit --no-fund --loglevel=error)
mkdir -p "$work/jsdom"
npm install --prefix "$work/jsdom" --no-audit --no-fund --loglevel=error jsdom@29.1.1

cd "$repo"
REX_GRAPHQL_AUDIT_DIR="$work" REX_GRAPHIQL_JSDOM_DIR="$work/jsdom/node_modules" \
  mvn -B -pl rex-graphql -am \
  -Dtest='GraphQLOverHttpConformanceTest,GraphQLOverWebSocketConformanceTest,GraphiQLTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Drex.coverage.skip=true "$@" test
