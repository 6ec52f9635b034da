package org.entente.framework;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;

/** Builders for cases in code, and the location of the published cases. */
final class Fixtures {

    private Fixtures() {
    }

    static Leader lion(double power) {
        return new Leader("L", power, Posture.DEFENSIVE);
    }

    static Leader wolf(double power) {
        return new Leader("L", power, Posture.REVISIONIST);
    }

    static PartnerInputs partner(double threat, double affinity, double voice, double divergence) {
        return new PartnerInputs("P", threat, 0, affinity, voice, divergence, 0, OptionalDouble.empty(),
                DeployedHardPower.NONE);
    }

    static DeployedHardPower deployed(double coercion, double sidePayment, double bolstering, double conditionality) {
        return new DeployedHardPower(coercion, sidePayment, bolstering, conditionality);
    }

    static PartnerJudgement judge(Leader leader, PartnerInputs p) {
        return SmartPowerAnalyzer.judge(leader, p, Bands.DEFAULT);
    }

    /** The contract's calibration probe: S with the given inputs, all else at defaults. */
    static double s(double threat, double power) {
        return judge(lion(power), partner(threat, 0, 0, 0)).softPower();
    }

    /**
     * The published cases, {@code ../shared/framework/cases} from the repository root. Tests run in
     * {@code server/}, so this walks up from the working directory until it finds them.
     */
    static Path publishedCases() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("framework").resolve("cases");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return fail("the published cases (../shared/framework/cases from the repository root) were not found"
                + " from " + start + " or any directory above it");
    }
}
