package org.entente.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run does, from the command line ({@code --name value}); see {@link #usage()}.
 *
 * @param sessions          sessions (rooms) per target
 * @param players           players per session; player i plays nation i mod (the scenario's nations)
 * @param scenario          the bundled scenario of each session (its nations are the peer's roles too)
 * @param plenaryShare      share of messages posted in the plenary; the rest go to the sender's bilateral channel
 * @param textBytes         length of each message's text (it starts with the send time in nanoseconds)
 * @param whiteCell         one white-cell connection per session, receiving everything
 * @param turns             Entente only: the white cell starts the exercise and advances a phase every
 *                          {@code phaseSeconds}; three players per session make offers and give orders
 * @param startRate         messages per second (all sessions together) of the first step
 * @param factor            each step's rate is the previous one's times this
 * @param rates             explicit step rates instead of startRate × factor^i (empty: ramp)
 * @param maxSteps          at most this many steps
 * @param stepSeconds       length of each measured step
 * @param warmupSeconds     unmeasured warm-up at the first step's rate
 * @param p99BoundMs        the latency bound: a step with a higher p99 ends the ramp
 * @param lanes             event loops of the generator (connections are spread over them)
 * @param connectConcurrency connections being opened at once per lane
 */
public record Workload(int sessions, int players, String scenario, double plenaryShare, int textBytes, boolean whiteCell,
                       boolean turns, int phaseSeconds, double startRate, double factor, List<Double> rates, int maxSteps,
                       int stepSeconds, int warmupSeconds, double p99BoundMs, int lanes, int connectConcurrency) {

    public static String usage() {
        return """
                  --sessions N (10) --players M (20) --scenario ID (libya-2011) --plenary-share F (0.2)
                  --text-bytes B (120) --white-cell true|false (true) --turns true|false (false) --phase-seconds S (5)
                  --start-rate R (200) --factor F (1.5) --rates R1,R2,... (ramp if absent) --max-steps K (12)
                  --step-seconds S (6) --warmup-seconds S (5) --p99-ms MS (50) --lanes L (2) --connect-concurrency C (64)
                """;
    }

    static Workload from(Args a) {
        List<Double> rates = new ArrayList<>();
        String r = a.get("rates", "");
        if (!r.isBlank()) {
            for (String s : r.split(",")) {
                rates.add(Double.parseDouble(s.trim()));
            }
        }
        return new Workload(a.getInt("sessions", 10), a.getInt("players", 20), a.get("scenario", "libya-2011"),
                a.getDouble("plenary-share", 0.2), a.getInt("text-bytes", 120), a.getBool("white-cell", true),
                a.getBool("turns", false), a.getInt("phase-seconds", 5), a.getDouble("start-rate", 200),
                a.getDouble("factor", 1.5), rates, a.getInt("max-steps", 12), a.getInt("step-seconds", 6),
                a.getInt("warmup-seconds", 5), a.getDouble("p99-ms", 50), a.getInt("lanes", 2),
                a.getInt("connect-concurrency", 64));
    }

    double rateOfStep(int i) {
        return rates.isEmpty() ? startRate * Math.pow(factor, i) : rates.get(i);
    }

    int steps() {
        return rates.isEmpty() ? maxSteps : Math.min(maxSteps, rates.size());
    }

    String describe() {
        return sessions + " sessions × " + players + " players (" + scenario + ")" + (whiteCell ? " + a white cell each" : "")
                + ", " + Math.round(plenaryShare * 100) + "% plenary / " + Math.round((1 - plenaryShare) * 100)
                + "% bilateral, " + textBytes + "-byte texts" + (turns ? ", turns adjudicated every " + 4 * phaseSeconds + " s" : "")
                + "; steps of " + stepSeconds + " s" + (rates.isEmpty() ? " from " + fmt(startRate) + " msg/s ×" + factor : " at " + rates)
                + ", bound p99 ≤ " + fmt(p99BoundMs) + " ms";
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
