// java -cp benchmarks.jar:. Steps <block> <rounds>: SQLite PK lookup, each step of what Rex adds to hand-written JDBC
// timed in blocks alternating with the JDBC baseline in one JVM (median block time / JDBC block time).
// Steps: +hikari (a connection borrowed per call), +clock (two nanoTime), +setObj (setObject, not setInt),
// +build (the DSL query built), +lookup (its rendering found), +dsl (and its value taken), rex (Rex itself).
import dev.rex.bench.*;
import com.zaxxer.hikari.*;
import static dev.rex.bench.sqlite.Tables.ALBUM;
import dev.rex.Rex;
import dev.rex.dsl.impl.QueryBinding;
import dev.rex.dsl.spi.Dialect;
import java.sql.*;
import java.util.*;

public class Steps {
  interface Op { Object run() throws Exception; }
  static volatile Object sink; static PreparedStatement cached; static Connection phys;
  public static void main(String[] a) throws Exception {
    Chinook c = Chinook.sqlite();
    HikariConfig cfg = new HikariConfig(); cfg.setJdbcUrl(c.url()); cfg.setMaximumPoolSize(4);
    HikariDataSource ds = new HikariDataSource(cfg);
    RexSqlite rex = new RexSqlite(); rex.setUp();
    JdbcSqlite jdbc = new JdbcSqlite(); jdbc.setUp();
    int[] nx = {0};
    Rex db = Rex.connect(c.url()); Dialect d = db.dialect();
    String sql = "select \"AlbumId\", \"Title\", \"ArtistId\" from \"Album\" where \"AlbumId\" = ?";
    Op j0 = jdbc::fetchAlbumById;
    Op j1 = () -> { try (Connection x = ds.getConnection()) { Connection p = x.unwrap(Connection.class); if (p != phys) { phys = p; cached = p.prepareStatement(sql);} cached.setInt(1, (1 + (nx[0]++ * 37) % 347)); try (ResultSet rs = cached.executeQuery()) { return rs.next() ? new AlbumRow(rs.getInt(1), rs.getString(2), rs.getInt(3)) : null; } } };
    Op j2 = () -> { long t = System.nanoTime(); Object o = j1.run(); if (System.nanoTime() - t > 1_000_000_000L) System.out.println("slow"); return o; };
    Op j3 = () -> { var q = db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq((1 + (nx[0]++ * 37) % 347))); var rq = QueryBinding.renderForBinding(q, d); Object v = QueryBinding.bindValue(q, rq, 0, d);
       long t = System.nanoTime(); try (Connection x = ds.getConnection()) { Connection p = x.unwrap(Connection.class); if (p != phys) { phys = p; cached = p.prepareStatement(rq.sql());} cached.setObject(1, v); try (ResultSet rs = cached.executeQuery()) { Object o = rs.next() ? new AlbumRow(rs.getInt(1), rs.getString(2), rs.getInt(3)) : null; if (System.nanoTime() - t > 1_000_000_000L) System.out.println("slow"); return o; } } };
    Op j2o = () -> { long t = System.nanoTime(); try (Connection x = ds.getConnection()) { Connection p = x.unwrap(Connection.class); if (p != phys) { phys = p; cached = p.prepareStatement(sql);} cached.setObject(1, (Integer) (1 + (nx[0]++ * 37) % 347)); try (ResultSet rs = cached.executeQuery()) { Object o = rs.next() ? new AlbumRow(rs.getInt(1), rs.getString(2), rs.getInt(3)) : null; if (System.nanoTime() - t > 1_000_000_000L) System.out.println("slow"); return o; } } };
    Op j2b = () -> { var q = db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(1 + (nx[0]++ * 37) % 347)); sink = q; return j2.run(); };
    Op j2c = () -> { var q = db.selectFrom(ALBUM).where(ALBUM.ALBUM_ID.eq(1 + (nx[0]++ * 37) % 347)); var rq = QueryBinding.renderForBinding(q, d); sink = rq; return j2.run(); };
    Op r = rex::fetchAlbumById;
    Op[] ops = {j0, j1, j2, j2o, j2b, j2c, j3, r}; String[] names = {"jdbc", "+hikari", "+clock", "+setObj", "+build","+lookup", "+dsl", "rex"};
    int block = Integer.parseInt(a[0]), rounds = Integer.parseInt(a[1]);
    for (int i = 0; i < 10; i++) for (Op op : ops) time(op, block);
    double[][] ratio = new double[ops.length][rounds];
    for (int i = 0; i < rounds; i++) {
      long base = time(j0, block);
      for (int k = 1; k < ops.length; k++) { long t = time(ops[k], block); ratio[k][i] = t / (double) base; }
    }
    for (int k = 1; k < ops.length; k++) { Arrays.sort(ratio[k]); System.out.printf("%-8s %.3f (IQR %.3f-%.3f)%n", names[k], ratio[k][rounds/2], ratio[k][rounds/4], ratio[k][3*rounds/4]); }
    System.exit(0);
  }
  static long time(Op op, int n) throws Exception {
    long w0 = System.nanoTime();
    for (int i = 0; i < n; i++) { if (op.run() == null) throw new AssertionError(); }
    return System.nanoTime() - w0;
  }
}
