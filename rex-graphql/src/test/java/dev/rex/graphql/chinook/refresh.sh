#!/usr/bin/env bash
# Copies the Chinook code that rex:generate wrote in the integration-test modules (run
# `mvn install -DskipTests` first) into these test fixtures, renaming the package: the tables,
# records and keys, and GraphQLCatalog (the catalog rex:generate writes for rex-graphql).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../../../../../.." && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
for dialect in postgres sqlite; do
  from="$root/rex-integration-tests/$dialect/target/generated-sources/rex/dev/rex/it/chinook"
  rm -rf "${here:?}/$dialect"
  mkdir -p "$here/$dialect"
  cp -r "$from"/. "$here/$dialect/"
  # The SDL is no Java source; rex-graphql's tests derive it from GraphQLCatalog instead.
  rm -f "$here/$dialect/schema.graphqls"
  find "$here/$dialect" -name '*.java' -exec sed -i "s/dev\.rex\.it\.chinook/dev.rex.graphql.chinook.$dialect/g" {} +
done
