package org.entente.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entente's {@code entente_journal_sync_seconds} histogram as scraped from {@code /metrics} (summed over a
 * cluster's nodes): how long each group commit took to become durable. Two scrapes give a step's figures.
 */
record SyncTimes(TreeMap<Double, Double> cumulative, double count, double sumSeconds) {
    private static final Pattern BUCKET = Pattern.compile("(?m)^entente_journal_sync_seconds_bucket\\{le=\"([^\"]+)\",?\\} ([0-9.eE+]+)$");
    private static final Pattern COUNT = Pattern.compile("(?m)^entente_journal_sync_seconds_count(?:\\{[^}]*\\})? ([0-9.eE+]+)$");
    private static final Pattern SUM = Pattern.compile("(?m)^entente_journal_sync_seconds_sum(?:\\{[^}]*\\})? ([0-9.eE+]+)$");

    static final SyncTimes NONE = new SyncTimes(new TreeMap<>(), 0, 0);

    static SyncTimes parse(String metrics) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        Matcher b = BUCKET.matcher(metrics);
        while (b.find()) {
            double le = "+Inf".equals(b.group(1)) ? Double.POSITIVE_INFINITY : Double.parseDouble(b.group(1));
            buckets.merge(le, Double.parseDouble(b.group(2)), Double::sum);
        }
        return new SyncTimes(buckets, first(COUNT, metrics), first(SUM, metrics));
    }

    private static double first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    SyncTimes plus(SyncTimes other) {
        TreeMap<Double, Double> buckets = new TreeMap<>(cumulative);
        other.cumulative.forEach((le, n) -> buckets.merge(le, n, Double::sum));
        return new SyncTimes(buckets, count + other.count, sumSeconds + other.sumSeconds);
    }

    /** The bucket bound (ms) under which 99% of the syncs since {@code before} fell; NaN if none happened. */
    double p99MsSince(SyncTimes before) {
        double total = count - before.count;
        if (total <= 0) {
            return Double.NaN;
        }
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            double since = bucket.getValue() - before.cumulative.getOrDefault(bucket.getKey(), 0.0);
            if (since >= 0.99 * total) {
                return bucket.getKey() * 1000;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The mean sync (ms) since {@code before}; NaN if none happened. */
    double meanMsSince(SyncTimes before) {
        double total = count - before.count;
        return total <= 0 ? Double.NaN : (sumSeconds - before.sumSeconds) / total * 1000;
    }
}
