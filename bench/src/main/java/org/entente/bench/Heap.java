package org.entente.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The heap a server process uses after a full GC, asked of it with {@code jcmd} (from the same JDK). */
final class Heap {
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private Heap() {
    }

    /** Bytes in use after a full collection, or -1 if jcmd cannot tell. */
    static long usedAfterGc(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Matcher m = USED.matcher(jcmd(pid, "GC.heap_info"));
        return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        String javaHome = System.getProperty("java.home");
        Process p = new ProcessBuilder(javaHome + "/bin/jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }
}
