package org.entente.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes a JFR recording: CPU samples ({@code jdk.ExecutionSample}) aggregated by top frame (self
 * time) and by the first frame inside {@code org.entente} (where our code spends it, inclusive), and
 * the threads parked or blocked longest ({@code jdk.ThreadPark}, {@code jdk.JavaMonitorEnter}) plus file
 * forces ({@code jdk.FileForce}) when recorded. Usage: {@code Profile FILE.jfr [TOP]}.
 */
public final class Profile {
    private Profile() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Long> forceNanos = new HashMap<>();
        long samples = 0;
        long forces = 0;
        List<RecordedEvent> events = RecordingFile.readAllEvents(file);
        for (RecordedEvent e : events) {
            String type = e.getEventType().getName();
            if (type.equals("jdk.ExecutionSample") && e.getStackTrace() != null && !e.getStackTrace().getFrames().isEmpty()) {
                samples++;
                List<RecordedFrame> frames = e.getStackTrace().getFrames();
                self.merge(name(frames.get(0)), 1, Integer::sum);
                for (RecordedFrame f : frames) {
                    if (f.getMethod().getType().getName().startsWith("org.entente")) {
                        ours.merge(name(f), 1, Integer::sum);
                        break;
                    }
                }
                var t = e.getThread("sampledThread");
                threads.merge(t == null ? "?" : t.getJavaName().replaceAll("-\\d+$", "-N"), 1, Integer::sum);
            } else if (type.equals("jdk.FileForce")) {
                forces++;
                forceNanos.merge("force", e.getDuration().toNanos(), Long::sum);
            }
        }
        System.out.printf("%s: %d CPU samples%n", file, samples);
        print("top frames (self)", self, samples, top);
        print("first org.entente frame on the stack (inclusive below it)", ours, samples, top);
        print("threads", threads, samples, 10);
        if (forces > 0) {
            System.out.printf("%njdk.FileForce: %d fsyncs, mean %.2f ms%n", forces, forceNanos.get("force") / 1e6 / forces);
        }
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> m, long total, int top) {
        System.out.printf("%n%s:%n", title);
        m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("  %5.1f%%  %6d  %s%n", 100.0 * e.getValue() / total, e.getValue(), e.getKey()));
    }
}
