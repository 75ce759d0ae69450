import dev.rex.bench.*;
import java.lang.management.ManagementFactory;

public class AllocPerCall {
  public static void main(String[] a) throws Exception {
    var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    String db = a[0], which = a[1];
    int n = Integer.parseInt(a[2]);
    Object rex = switch (db) { case "sqlite" -> new RexSqlite(); case "postgres" -> new RexPostgres(); default -> new RexMariadb(); };
    Object jdbc = switch (db) { case "sqlite" -> new JdbcSqlite(); case "postgres" -> new JdbcPostgres(); default -> new JdbcMariadb(); };
    rex.getClass().getMethod("setUp").invoke(rex);
    jdbc.getClass().getMethod("setUp").invoke(jdbc);
    Object target = which.equals("jdbc") ? jdbc : rex;
    String m = switch (which) { case "dsl", "jdbc" -> "fetchAlbumById"; case "byid" -> "fetchAlbumByIdWithFetchById"; case "prep" -> "fetchAlbumByIdPrepared"; default -> which; };
    java.util.concurrent.Callable<Object> call = switch (db + "." + which) {
      case "sqlite.dsl" -> ((RexSqlite) rex)::fetchAlbumById;
      case "sqlite.prep" -> ((RexSqlite) rex)::fetchAlbumByIdPrepared;
      case "sqlite.byid" -> ((RexSqlite) rex)::fetchAlbumByIdWithFetchById;
      case "sqlite.jdbc" -> ((JdbcSqlite) jdbc)::fetchAlbumById;
      case "postgres.dsl" -> ((RexPostgres) rex)::fetchAlbumById;
      case "postgres.prep" -> ((RexPostgres) rex)::fetchAlbumByIdPrepared;
      case "postgres.byid" -> ((RexPostgres) rex)::fetchAlbumByIdWithFetchById;
      case "postgres.jdbc" -> ((JdbcPostgres) jdbc)::fetchAlbumById;
      case "mariadb.dsl" -> ((RexMariadb) rex)::fetchAlbumById;
      case "mariadb.prep" -> ((RexMariadb) rex)::fetchAlbumByIdPrepared;
      case "mariadb.byid" -> ((RexMariadb) rex)::fetchAlbumByIdWithFetchById;
      case "mariadb.jdbc" -> ((JdbcMariadb) jdbc)::fetchAlbumById;
      default -> throw new IllegalArgumentException(db + which);
    };
    double last = 0;
    for (int round = 0; round < 6; round++) {
      long b0 = mx.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < n; i++) call.call();
      last = (mx.getCurrentThreadAllocatedBytes() - b0) / (double) n;
    }
    System.out.printf("%s %s %.0f%n", db, which, last);
    System.exit(0);
  }
}
