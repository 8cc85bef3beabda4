import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Start-up cost of a command: CPU time (user + system, of the process and the children it waited
 * for, all threads) and wall time until its first byte of output, median of N fresh runs. Linux only
 * (reads /proc/PID/stat). Usage (see README, Start-up):
 *   java .ci/StartupCpu.java N LABEL -- COMMAND ARGS… [:: LABEL -- COMMAND ARGS…]…
 * Commands given together are run in turn (A, B, A, B, …) so that they share the machine's load.
 */
public final class StartupCpu {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        List<String> labels = new ArrayList<>();
        List<List<String>> commands = new ArrayList<>();
        List<String> cur = null;
        for (int i = 1; i < args.length; i++) {
            if (cur == null) { labels.add(args[i]); i++; cur = new ArrayList<>(); commands.add(cur); continue; }
            if (args[i].equals("::")) { cur = null; continue; }
            cur.add(args[i]);
        }
        long tick = 100; // USER_HZ on Linux
        double[][] cpu = new double[commands.size()][n];
        double[][] wall = new double[commands.size()][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < commands.size(); c++) {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(commands.get(c)).redirectErrorStream(true).start();
                InputStream in = p.getInputStream();
                int first = in.read();
                long t1 = System.nanoTime();
                String[] f = Files.readString(Path.of("/proc/" + p.pid() + "/stat")).replaceAll("^.*\\) ", "").split(" ");
                // after "(comm) ": index 0 = state (field 3); utime=14, stime=15, cutime=16, cstime=17
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                in.transferTo(java.io.OutputStream.nullOutputStream());
                p.waitFor();
                if (first < 0) throw new IllegalStateException(labels.get(c) + ": no output");
                cpu[c][r] = ticks * 1000.0 / tick;
                wall[c][r] = (t1 - t0) / 1e6;
            }
        }
        for (int c = 0; c < commands.size(); c++) {
            System.out.printf("%-28s CPU before first output: median %5.0f ms (min %5.0f, max %5.0f); wall: median %5.0f ms  [%d runs]%n",
                    labels.get(c), median(cpu[c]), min(cpu[c]), max(cpu[c]), median(wall[c]), n);
        }
    }
    static double median(double[] a) { double[] b = a.clone(); Arrays.sort(b); return b.length % 2 == 1 ? b[b.length / 2] : (b[b.length / 2 - 1] + b[b.length / 2]) / 2; }
    static double min(double[] a) { return Arrays.stream(a).min().orElse(0); }
    static double max(double[] a) { return Arrays.stream(a).max().orElse(0); }
}
