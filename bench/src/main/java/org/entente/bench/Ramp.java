package org.entente.bench;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Raises the offered rate step by step until a step misses the bound: p99 above {@code p99BoundMs},
 * fewer than 90% of the step's posts acknowledged within it (a backlog), the generator unable to send
 * 90% of the offered rate, or errors. The sustainable rate is the last step that met the bound.
 */
final class Ramp {
    record Step(int index, double offered, double sentPerSec, double ackedPerSec, double deliveredPerSec, double p50Ms,
                double p99Ms, double p999Ms, double maxMs, double serverCpuPct, double generatorCpuPct, long serverRssMb,
                long errors, long rejected, long adjudications, double commandP99Ms, double syncP99Ms, double syncMeanMs,
                boolean pass, String why) {
    }

    private Ramp() {
    }

    static List<Step> run(Workload w, Cohort cohort, Metrics m, Target target, boolean quiet) throws InterruptedException {
        List<Step> steps = new ArrayList<>();
        long self = ProcessHandle.current().pid();
        cohort.setRate(w.rateOfStep(0));
        // A node in service is scraped every 15 s; its first scrape (up to 300 ms of formatting) belongs in the
        // warm-up, not at the start of step 1.
        target.syncTimes();
        Thread.sleep(w.warmupSeconds() * 1000L);
        // Each step starts from the previous one's end readings: one scrape per step boundary, not two, so that
        // the measuring disturbs the measured as little as it can.
        Target.ProcStats s0 = target.stats();
        Target.ProcStats g0 = Target.procStats(self);
        SyncTimes sync0 = target.syncTimes();
        m.interval();
        if (m.timeline != null) {
            m.timeline.report(System.nanoTime());
        }
        for (int i = 0; i < w.steps(); i++) {
            double rate = w.rateOfStep(i);
            cohort.setRate(rate);
            long t0 = System.nanoTime();
            Thread.sleep(w.stepSeconds() * 1000L);
            Metrics.Interval iv = m.interval();
            double secs = (System.nanoTime() - t0) / 1e9;
            Target.ProcStats s1 = target.stats();
            Target.ProcStats g1 = Target.procStats(self);
            SyncTimes sync1 = target.syncTimes();
            Histogram h = iv.latency();
            double p99 = ms(h.getValueAtPercentile(99));
            String why = "";
            if (h.getTotalCount() == 0) {
                why = "nothing delivered";
            } else if (p99 > w.p99BoundMs()) {
                why = "p99 above " + Workload.fmt(w.p99BoundMs()) + " ms";
            } else if (iv.acked() < 0.9 * iv.sent()) {
                why = "acks behind (" + iv.acked() + " of " + iv.sent() + ")";
            } else if (iv.sent() < 0.9 * rate * secs) {
                why = "generator could not offer the rate";
            } else if (iv.errors() > 0) {
                why = iv.errors() + " errors";
            }
            Step step = new Step(i + 1, rate, iv.sent() / secs, iv.acked() / secs, iv.delivered() / secs,
                    ms(h.getValueAtPercentile(50)), p99, ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()),
                    100.0 * (s1.cpuTicks() - s0.cpuTicks()) / Target.CLK_TCK / secs,
                    100.0 * (g1.cpuTicks() - g0.cpuTicks()) / Target.CLK_TCK / secs, s1.rssKb() / 1024,
                    iv.errors(), iv.rejected(), iv.adjudications(),
                    iv.commands().getTotalCount() == 0 ? Double.NaN : ms(iv.commands().getValueAtPercentile(99)),
                    sync1.p99MsSince(sync0), sync1.meanMsSince(sync0), why.isEmpty(), why);
            steps.add(step);
            s0 = s1;
            g0 = g1;
            sync0 = sync1;
            if (!quiet) {
                System.out.println("  " + Report.stepLine(step));
                if (m.timeline != null) {
                    System.out.print(m.timeline.report(t0));
                }
            }
            if (!step.pass()) {
                break;
            }
        }
        cohort.setRate(0);
        return steps;
    }

    static double ms(long micros) {
        return micros / 1000.0;
    }
}
