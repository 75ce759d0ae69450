#!/usr/bin/env bash
# Alternating JDBC/Rex pairs, one fork each, three rounds: drift on the host hits both alike.
cd /work/main
out=benchmarks/results/2026-12-01-hotpath/alternating.txt
: > $out
for round in 1 2 3; do
  for db in Sqlite Postgres Mariadb; do
    for m in fetchAlbumById fetchTracks; do
      for lib in Jdbc Rex; do
        java -jar benchmarks/target/benchmarks.jar "${lib}${db}\.${m}\$" -f 1 -wi 4 -w 1s -i 5 -r 1s -prof gc 2>&1 \
          | grep -E "^${lib}${db}\.${m} " | sed "s/^/round${round} /" >> $out
      done
    done
  done
done
echo DONE >> $out
