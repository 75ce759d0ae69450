#!/usr/bin/env bash
# Copies the Chinook code that rex:generate wrote in the integration-test modules (run
# `mvn install -DskipTests` first) into these test fixtures, renaming the package.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../../../../../.." && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
for dialect in postgres sqlite; do
  from="$root/rex-integration-tests/$dialect/target/generated-sources/rex/dev/rex/it/chinook"
  rm -rf "${here:?}/$dialect"
  mkdir -p "$here/$dialect"
  cp -r "$from"/. "$here/$dialect/"
  find "$here/$dialect" -name '*.java' -exec sed -i "s/dev\.rex\.it\.chinook/dev.rex.graphql.chinook.$dialect/g" {} +
done
