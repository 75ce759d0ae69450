#!/usr/bin/env bash
# count.sh <worktree> <outdir> : class+load logs for Jdbc/Hikari/RexMain (SQLite) and JdbcPg/HikariPg/RexPg
# Classpath: the worktree's rex-dsl and rex-runtime jars + the library jars from the Maven repository $M2.
set -euo pipefail
cd "$(dirname "$0")"
wt=$1; out=$2; mkdir -p "$out"; m2=${M2:-$HOME/.m2/repository}
deps="$m2/com/zaxxer/HikariCP/6.3.3/HikariCP-6.3.3.jar:$m2/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar:$m2/org/slf4j/slf4j-nop/2.0.17/slf4j-nop-2.0.17.jar:$m2/com/github/ben-manes/caffeine/caffeine/3.2.2/caffeine-3.2.2.jar:$m2/org/jspecify/jspecify/1.0.0/jspecify-1.0.0.jar:$m2/org/xerial/sqlite-jdbc/3.50.3.0/sqlite-jdbc-3.50.3.0.jar:$m2/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar"
rex="$wt/rex-dsl/target/rex-dsl-0.1.0-SNAPSHOT.jar:$wt/rex-runtime/target/rex-runtime-0.1.0-SNAPSHOT.jar"
cp="target/classes:$rex:$deps"
for j in ${cp//:/ }; do [ -e "$j" ] || { echo "missing $j"; exit 1; }; done
db=$(mktemp -d)/cs.sqlite
sqlite3 "$db" "create table item(id integer primary key, name text); insert into item values (1,'one');"
for m in Jdbc Hikari RexMain JdbcPg HikariPg RexPg; do
  java -Xshare:auto -Xlog:class+load:file="$out/$m.log" -Ddb="$db" -Dpg='jdbc:postgresql://127.0.0.1:5432/rex_cs?user=root' -cp "$cp" cs.$m
  printf '%-9s classes=%s shared=%s\n' $m "$(grep -c 'source:' "$out/$m.log")" "$(grep -c 'shared objects file' "$out/$m.log")"
done
