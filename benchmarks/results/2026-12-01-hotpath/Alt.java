import dev.rex.bench.*;
import java.lang.management.*;
import java.util.*;
import java.util.concurrent.Callable;

public class Alt {
  interface Op { Object run() throws Exception; }
  public static void main(String[] a) throws Exception {
    String db = a[0]; String m = a[1]; int block = Integer.parseInt(a[2]); int rounds = Integer.parseInt(a[3]);
    Object rex = Class.forName("dev.rex.bench.Rex" + db).getConstructor().newInstance();
    Object jdbc = Class.forName("dev.rex.bench.Jdbc" + db).getConstructor().newInstance();
    rex.getClass().getMethod("setUp").invoke(rex);
    jdbc.getClass().getMethod("setUp").invoke(jdbc);
    var rm = rex.getClass().getMethod(m); var jm = jdbc.getClass().getMethod(a.length > 4 ? a[4] : m); // optional 5th argument: the JDBC method, when its name differs (fetchAlbumByIdPrepared against fetchAlbumById)
    Op r = () -> rm.invoke(rex); Op j = () -> jm.invoke(jdbc);
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 20; i++) { time(r, block, t); time(j, block, t); }
    double[] wr = new double[rounds], cr = new double[rounds];
    List<Double> rw = new ArrayList<>(), jw = new ArrayList<>(), rc = new ArrayList<>(), jc = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      long[] x = (i % 2 == 0) ? time(r, block, t) : null; long[] y = time(j, block, t); if (x == null) x = time(r, block, t);
      rw.add(x[0] / (double) block); jw.add(y[0] / (double) block); rc.add(x[1] / (double) block); jc.add(y[1] / (double) block);
      wr[i] = x[0] / (double) y[0]; cr[i] = x[1] / (double) y[1];
    }
    Arrays.sort(wr); Arrays.sort(cr);
    System.out.printf("%s %s: wall Rex %.1f us, JDBC %.1f us, median ratio %.3f (IQR %.3f-%.3f); cpu Rex %.1f us, JDBC %.1f us, median ratio %.3f (IQR %.3f-%.3f)%n",
      db, m, med(rw)/1000, med(jw)/1000, wr[rounds/2], wr[rounds/4], wr[3*rounds/4], med(rc)/1000, med(jc)/1000, cr[rounds/2], cr[rounds/4], cr[3*rounds/4]);
    System.exit(0);
  }
  static double med(List<Double> l) { List<Double> c = new ArrayList<>(l); Collections.sort(c); return c.get(c.size()/2); }
  static long[] time(Op op, int n, ThreadMXBean t) throws Exception {
    long c0 = t.getCurrentThreadCpuTime(), w0 = System.nanoTime();
    for (int i = 0; i < n; i++) { if (op.run() == null) throw new AssertionError(); }
    return new long[] {System.nanoTime() - w0, t.getCurrentThreadCpuTime() - c0};
  }
}
