#!/usr/bin/env bash
# Copies the Chinook code that rex:generate wrote in the integration-test modules (run
# `mvn install -DskipTests` first) into these test fixtures, renaming the package: the tables,
# records and keys. rex-realtime comes before the code generator in the build, so its tests use
# these copies.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../../../../../.." && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
for dialect in postgres sqlite; do
  from="$root/rex-integration-tests/$dialect/target/generated-sources/rex/dev/rex/it/chinook"
  rm -rf "${here:?}/$dialect"
  mkdir -p "$here/$dialect"
  cp -r "$from"/. "$here/$dialect/"
  rm -f "$here/$dialect/schema.graphqls" "$here/$dialect/GraphQLCatalog.java"
  find "$here/$dialect" -name '*.java' -exec sed -i "s/dev\.rex\.it\.chinook/dev.rex.realtime.chinook.$dialect/g" {} +
done
