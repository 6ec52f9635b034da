package org.entente.engine.rules;

import java.util.Locale;
import org.entente.engine.crisis.Change;
import org.entente.engine.world.World;

/** Describes what an override replaces, so that the log keeps the original beside it. */
final class Overrides {

    private Overrides() {
    }

    /** The value before the override, in words; null if the override names something that does not exist. */
    static String describeBefore(World w, Change c) {
        if (c instanceof Change.Progress p) {
            var co = w.coalitions().get(p.coalition());
            return co == null ? null : fmt("%s's progress was %.3f", co.id(), co.progress());
        }
        if (c instanceof Change.Affinity a) {
            return w.nation(a.from()) == null || w.nation(a.toward()) == null ? null
                    : fmt("%s's affinity toward %s was %.3f", a.from(), a.toward(), w.nation(a.from()).affinityToward(a.toward()));
        }
        if (c instanceof Change.Resources r) {
            return w.nation(r.nation()) == null ? null : fmt("%s's resources were %d", r.nation(), w.nation(r.nation()).resources());
        }
        if (c instanceof Change.Extraction x) {
            return w.nation(x.nation()) == null ? null : fmt("%s's extraction was %.3f", x.nation(), w.nation(x.nation()).extraction());
        }
        if (c instanceof Change.PublicSupport p) {
            return w.nation(p.nation()) == null ? null : fmt("%s's public support was %.3f", p.nation(), w.nation(p.nation()).publicSupport());
        }
        if (c instanceof Change.Strength s) {
            return w.scenario().adversary(s.adversary()).isEmpty() ? null
                    : fmt("%s's strength was %.3f", s.adversary(), w.adversaryStrength(s.adversary()));
        }
        if (c instanceof Change.Failure f) {
            return w.adjudications().stream().filter(a -> a.turn() == f.turn()).flatMap(a -> a.relationships().stream())
                    .filter(j -> j.coalition().equals(f.coalition()) && j.partner().equals(f.partner()))
                    .map(j -> fmt("turn %d: %s toward %s was judged %s", f.turn(), j.leader(), j.partner(),
                            w.failureOverride(f.turn(), f.coalition(), f.partner()).orElse(j.failure())))
                    .findFirst().orElse(null);
        }
        return null;
    }

    static String whatIsMissing(World w, Change c) {
        if (c instanceof Change.Failure f) {
            return "no adjudicated relationship " + f.coalition() + " → " + f.partner() + " in turn " + f.turn() + ".";
        }
        return "a nation, coalition or adversary it names is not in this session, or it cannot be overridden.";
    }

    private static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
