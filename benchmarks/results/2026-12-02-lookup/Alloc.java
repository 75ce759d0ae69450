import dev.rex.bench.*;
import one.profiler.AsyncProfiler;

/**
 * java -cp benchmarks.jar:async-profiler-3.0.jar:. Alloc <sqlite|postgres|mariadb> <calls> [jdbc]
 * profiles every allocation of the per-call PK lookup (Rex, or JDBC with a third argument) into
 * /tmp/prof/out.collapsed; with -Dcpu=true it samples CPU time (itimer, 100 us) instead.
 * Needs async-profiler's native library unpacked at /tmp/ap (unzip the Maven Central jar).
 */
public class Alloc {
  public static void main(String[] a) throws Exception {
    String db = a[0];
    int n = Integer.parseInt(a[1]);
    Object rex = switch (db) { case "sqlite" -> new RexSqlite(); case "postgres" -> new RexPostgres(); default -> new RexMariadb(); };
    rex.getClass().getMethod("setUp").invoke(rex);
    Object jdbc = switch (db) { case "sqlite" -> new JdbcSqlite(); case "postgres" -> new JdbcPostgres(); default -> new JdbcMariadb(); };
    if (a.length > 2) jdbc.getClass().getMethod("setUp").invoke(jdbc);
    java.util.concurrent.Callable<Object> call = a.length > 2 ? switch (db) {
      case "sqlite" -> ((JdbcSqlite) jdbc)::fetchAlbumById;
      case "postgres" -> ((JdbcPostgres) jdbc)::fetchAlbumById;
      default -> ((JdbcMariadb) jdbc)::fetchAlbumById;
    } : switch (db) {
      case "sqlite" -> ((RexSqlite) rex)::fetchAlbumById;
      case "postgres" -> ((RexPostgres) rex)::fetchAlbumById;
      default -> ((RexMariadb) rex)::fetchAlbumById;
    };
    for (int i = 0; i < 5 * n; i++) call.call();
    AsyncProfiler p = AsyncProfiler.getInstance("/tmp/ap/linux-x64/libasyncProfiler.so");
    p.execute(Boolean.getBoolean("cpu") ? "start,event=itimer,interval=100us" : "start,event=alloc,alloc=1");
    run(call, n);
    p.execute("stop,file=/tmp/prof/out.collapsed,collapsed,total");
    System.exit(0);
  }
  static void run(java.util.concurrent.Callable<Object> call, int n) throws Exception {
    for (int i = 0; i < n; i++) call.call();
  }
}
