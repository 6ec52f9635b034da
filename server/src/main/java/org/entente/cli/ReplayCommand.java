package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.engine.Role;
import org.entente.engine.RoleView;
import org.entente.engine.RulesVersion;
import org.entente.engine.SessionState;
import org.entente.engine.event.ExerciseEnded;
import org.entente.engine.event.Recorded;
import org.entente.engine.report.Score;
import org.entente.engine.report.TurnReport;
import org.entente.engine.view.GameView;
import org.entente.replay.Exports;
import org.entente.replay.LogFile;
import org.entente.replay.ReplayInputException;
import org.entente.replay.Replayer;
import org.entente.replay.RoleFilter;
import org.entente.replay.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente replay FILE [--to SEQ] [--as ROLE] [--verify] [--export DIR]}: rebuilds a session's
 * state from its journal or an exported log (docs/replay.md).
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Rebuild a session from its journal or an exported JSON Lines log, and print a summary.",
            "FILE is a journal (<data-dir>/sessions/<id>.journal) or a log.jsonl export; the format is detected."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:replayed (and with --verify: every adjudication recomputed to the last digit)",
            "1:--verify found a recomputed adjudication that differs from the recorded one (the first difference is printed)",
            "2:the file is unreadable or corrupt (the record and byte are named), or a usage error",
            "3:--verify refused: the journal was played under other rules of adjudication than this build's (OTHER RULES)"})
public final class ReplayCommand implements Callable<Integer> {
    static final int DIFFERS = 1;
    static final int UNREADABLE = 2;
    static final int OTHER_RULES = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A session journal or an exported log.jsonl.")
    Path file;

    @Option(names = "--to", paramLabel = "SEQ", description = "Stop after the event of this sequence number.")
    Long to;

    @Option(names = "--as", paramLabel = "ROLE", description = "Show only what this role saw (a nation id, or WHITE_CELL).")
    String as;

    @Option(names = "--verify", description = "Re-run every adjudication from the log and compare it with the one recorded.")
    boolean verify;

    @Option(names = "--export", paramLabel = "DIR", description = "Write log.jsonl, relationships.csv, nations.csv, offers.csv "
            + "and report.html (filtered to --as ROLE if given) into DIR.")
    Path export;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(PrintWriter out, PrintWriter err) {
        if (to != null && to < 1) {
            err.println("replay: --to must be a sequence number of 1 or more");
            return UNREADABLE;
        }
        Role viewer;
        try {
            viewer = as == null ? Role.whiteCell() : Role.parse(as);
        } catch (IllegalArgumentException e) {
            err.println("replay: --as " + as + " is not a role");
            return UNREADABLE;
        }
        long readStart = System.nanoTime();
        LogFile.Read read;
        try {
            read = LogFile.read(file);
        } catch (ReplayInputException e) {
            err.println("replay: " + e.getMessage());
            return UNREADABLE;
        }
        long readNanos = System.nanoTime() - readStart;
        if (read.tornTailBytes() > 0) {
            err.println("replay: " + file + ": torn tail of " + read.tornTailBytes() + " bytes at byte " + read.tornTailOffset()
                    + " left aside (a crash mid-write; that event was never acknowledged)");
        }
        List<Recorded> log = read.events();
        if (log.isEmpty()) {
            err.println("replay: " + file + " holds no whole event");
            return UNREADABLE;
        }
        String rules = RulesVersion.of(log);
        if (verify && rules != null && !RulesVersion.CURRENT.equals(rules)) {
            out.println("verify     OTHER RULES: played under \"" + rules + "\", this build adjudicates under \""
                    + RulesVersion.CURRENT + "\"");
            err.println("replay: --verify refused: " + file + " was played under other rules (" + rules + ") than this build's ("
                    + RulesVersion.CURRENT + "); recomputing it would differ by design, not by fault. Replay it without "
                    + "--verify, or verify it with the release of its rules.");
            return OTHER_RULES;
        }
        boolean longLog = log.size() > Replayer.PROGRESS_THRESHOLD;
        if (longLog) {
            err.printf(Locale.ROOT, "replay: read %,d events in %d ms%n", log.size(), readNanos / 1_000_000);
            err.flush();
        }
        Verifier verifier = verify ? new Verifier() : null;
        RoleFilter filter = as != null || export != null ? new RoleFilter(viewer) : null;
        Replayer.Listener listener = both(verifier, filter);
        Replayer.Progress progress = longLog ? (done, total) -> {
            err.printf(Locale.ROOT, "replay: %3d%% (%,d of %,d events)%n", Math.round(done * 100.0 / total), done, total);
            err.flush();
        } : Replayer.Progress.NONE;
        Replayer.Result result;
        try {
            result = Replayer.replay(log, to == null ? 0 : to, progress, listener);
        } catch (ReplayInputException e) {
            err.println("replay: " + file + ": " + e.getMessage());
            return UNREADABLE;
        }
        SessionState state = result.state();
        if (!viewer.isWhiteCell() && !state.hasNation(viewer.id())) {
            err.println("replay: --as " + viewer.id() + ": no such role in this session (roles: WHITE_CELL, "
                    + String.join(", ", state.nationIds()) + ")");
            return UNREADABLE;
        }
        summary(out, result, read, viewer, filter, readNanos);
        if (export != null) {
            try {
                List<Path> written = Exports.writeAll(export, filter.seen(), viewer);
                out.println("exported   " + written.size() + " files to " + export + " (" + String.join(", ", Exports.FILES) + ")");
            } catch (IOException e) {
                err.println("replay: cannot write the export to " + export + ": " + e.getMessage());
                return UNREADABLE;
            }
        }
        if (verifier != null) {
            Verifier.Outcome outcome = verifier.outcome(result.complete());
            if (!outcome.verified()) {
                out.println("verify     FAILED: " + outcome.difference().message());
                err.println("replay: verification failed at turn " + outcome.difference().turn() + ", field "
                        + outcome.difference().path());
                return DIFFERS;
            }
            out.println("verified " + outcome.adjudications() + " adjudications");
        }
        return 0;
    }

    private static Replayer.Listener both(Replayer.Listener a, Replayer.Listener b) {
        List<Replayer.Listener> all = new ArrayList<>();
        if (a != null) {
            all.add(a);
        }
        if (b != null) {
            all.add(b);
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        return all.isEmpty() ? Replayer.Listener.NONE : new Replayer.Listener() {
            @Override
            public void before(Recorded r, SessionState state) throws ReplayInputException {
                for (Replayer.Listener l : all) {
                    l.before(r, state);
                }
            }

            @Override
            public void after(Recorded r, SessionState state) throws ReplayInputException {
                for (Replayer.Listener l : all) {
                    l.after(r, state);
                }
            }
        };
    }

    private void summary(PrintWriter out, Replayer.Result result, LogFile.Read read, Role viewer, RoleFilter filter,
                         long readNanos) {
        SessionState state = result.state();
        var world = state.world();
        out.println("session    " + state.sessionId() + " — " + state.title());
        out.println("scenario   " + state.scenarioId());
        out.println("rules      " + state.rules());
        out.println("file       " + file + " (" + (read.format() == LogFile.Format.JOURNAL ? "journal" : "JSON Lines export") + ")");
        double perSecond = result.eventsPerSecond();
        String timing = String.format(Locale.ROOT, "in %d ms (read %d ms, folded at %,.0f events/s)",
                (readNanos + result.nanos()) / 1_000_000, readNanos / 1_000_000, perSecond);
        if (viewer.isWhiteCell() && as == null) {
            out.println("events     " + result.applied() + (result.complete() ? "" : " (to seq " + result.applied() + " of "
                    + result.total() + ")") + " " + timing);
        } else {
            out.println("as         " + viewer.id() + ": only what " + viewer.id() + " saw");
            out.println("events     " + filter.position() + " seen" + (result.complete() ? "" : " (to seq " + result.applied()
                    + " of the log)") + " " + timing);
        }
        if (world == null) {
            out.println("phase      (no scenario loaded yet)");
            return;
        }
        var clock = world.clock();
        int turns = viewer.isWhiteCell() ? world.adjudications().size() : world.reports(viewer.id()).size();
        out.println("turns      " + turns + " adjudicated; final phase: " + clock.phase().wireName()
                + (clock.turn() > 0 ? " (turn " + clock.turn() + " of " + world.scenario().turns().count() + ")" : "")
                + (clock.paused() ? ", clock paused" : ""));
        RoleView view = RoleView.of(state, viewer, true);
        GameView game = view.game();
        List<String> war = new ArrayList<>();
        for (GameView.CoalitionView c : game.coalitions()) {
            war.add(String.format(Locale.ROOT, "%s %.3f", c.id(), c.progress()));
        }
        out.println("war        " + String.join(" · ", war) + String.format(Locale.ROOT, " (victory at %.2f)", game.victoryAt()));
        if (!viewer.isWhiteCell()) {
            GameView.OwnNation me = game.you();
            out.println(String.format(Locale.ROOT, "own        budget %d · costs %.3f · benefits %.3f · voice %.3f · seat turns %d",
                    me.budget(), me.costs(), me.benefits(), me.voice(), me.seatTurns()));
            out.println("affinity   " + me.affinity().entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue())).reduce((a, b) -> a + " · " + b)
                    .orElse("—"));
            List<TurnReport> mine = world.reports(viewer.id());
            if (!mine.isEmpty()) {
                TurnReport last = mine.get(mine.size() - 1);
                out.println(String.format(Locale.ROOT, "report     turn %d: contribution %.3f, counted %.3f, intensity %.3f",
                        last.turn(), last.contribution(), last.effective(), last.intensity()));
                last.estimates().forEach(e -> out.println(String.format(Locale.ROOT,
                        "estimate   %s → %s: %.3f (%s)%s", e.leader(), e.partner(), e.estimate(), e.recommended(),
                        e.failure() == null || "NONE".equals(e.failure()) ? "" : ", " + e.failure())));
            }
        } else if (!world.adjudications().isEmpty()) {
            var last = world.adjudications().get(world.adjudications().size() - 1);
            for (var j : last.relationships()) {
                out.println(String.format(Locale.ROOT, "turn %d     %s → %s: soft power %.3f, %s%s, %s %.3f", last.turn(), j.leader(),
                        j.partner(), j.softPower(), j.recommended(), "NONE".equals(j.failure()) ? "" : ", " + j.failure(),
                        j.compliance(), j.intensity()));
            }
        }
        ExerciseEnded ended = world.ended().orElse(null);
        if (ended != null) {
            List<String> scores = new ArrayList<>();
            for (Score s : ended.scores()) {
                scores.add(s.nation() + " " + s.points() + "/" + s.possible());
            }
            out.println("ended      " + ended.reason() + (ended.outcomes().isEmpty() ? "" : ": " + String.join(" ", ended.outcomes())));
            out.println("scores     " + String.join(" · ", scores));
        }
    }
}
