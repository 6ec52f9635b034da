package org.entente.framework;

import static org.entente.framework.Generators.leader;
import static org.entente.framework.Generators.partner;
import static org.entente.framework.Generators.unit;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** Strategy, failures, compliance and determinism over thousands of generated inputs. */
class JudgementPropertiesTest {

    private static final int EXAMPLES = 4000;

    private static QuickTheory theory(long seed) {
        return qt().withExamples(EXAMPLES).withFixedSeed(seed);
    }

    private static PartnerJudgement judge(Leader l, PartnerInputs p) {
        return SmartPowerAnalyzer.judge(l, p, Bands.DEFAULT);
    }

    @Test
    void moreSoftPowerNeverCallsForAMoreCoerciveStrategy() {
        theory(21).forAll(doubles().between(-1, 1), doubles().between(-1, 1), unit(), unit()).check((a, b, m, d) -> {
            double lo = Numbers.round2(Math.min(a, b));
            double hi = Numbers.round2(Math.max(a, b));
            return StrategyRecommender.recommend(hi, m, d, Bands.DEFAULT).coerciveness()
                    <= StrategyRecommender.recommend(lo, m, d, Bands.DEFAULT).coerciveness();
        });
    }

    @Test
    void raisingThreatNeverCallsForAMoreCoerciveStrategy() {
        theory(22).forAll(leader(), partner(), unit()).check((l, p, d) ->
                judge(l, p.withThreat(Math.min(1, p.threat() + d))).recommended().coerciveness()
                        <= judge(l, p).recommended().coerciveness());
    }

    @Test
    void raisingVoiceOrAffinityNeverCallsForAMoreCoerciveStrategy() {
        theory(23).forAll(leader(), partner(), unit()).check((l, p, d) -> {
            int base = judge(l, p).recommended().coerciveness();
            return judge(l, p.withVoice(Math.min(1, p.voice() + d))).recommended().coerciveness() <= base
                    && judge(l, p.withAffinity(Math.min(1, p.affinity() + d))).recommended().coerciveness() <= base;
        });
    }

    @Test
    void moreDivergenceNeverCallsForALessCoerciveStrategy() {
        theory(24).forAll(leader(), partner(), unit()).check((l, p, d) ->
                judge(l, p.withDivergence(Math.min(1, p.divergence() + d))).recommended().coerciveness()
                        >= judge(l, p).recommended().coerciveness());
    }

    @Test
    void intensityIsInZeroToOne() {
        theory(25).forAll(leader(), partner()).check((l, p) -> {
            double i = judge(l, p).compliance().intensity();
            return i >= 0 && i <= 1;
        });
    }

    @Test
    void voluntaryExactlyWhenMotivated() {
        theory(26).forAll(leader(), partner()).check((l, p) -> {
            PartnerJudgement j = judge(l, p);
            return (j.compliance().mode() == ComplianceMode.VOLUNTARY) == (j.softPower() >= Bands.DEFAULT.motivated());
        });
    }

    @Test
    void xEfficiencyVoluntaryOutdoesInducedOutdoesCoerced() {
        theory(27).forAll(leader(), partner(), partner()).check((l, p, q) -> {
            PartnerJudgement a = judge(l, p);
            PartnerJudgement b = judge(l, q);
            if (a.failure() == Failure.HEAVY_HANDEDNESS || b.failure() == Failure.HEAVY_HANDEDNESS) {
                return true;
            }
            return rank(a) <= rank(b) || a.compliance().intensity() > b.compliance().intensity();
        });
    }

    private static int rank(PartnerJudgement j) {
        return switch (j.compliance().mode()) {
            case VOLUNTARY -> 3;
            case INDUCED -> 2;
            case COERCED -> 1;
            case NONE -> 0;
        };
    }

    @Test
    void malignNeglectOnlyTowardAMotivatedPartnerWithoutAidOrVoice() {
        theory(28).forAll(leader(), partner()).check((l, p) -> {
            PartnerJudgement j = judge(l, p);
            return j.failure() != Failure.MALIGN_NEGLECT || (j.recommended().voluntary()
                    && p.deployed().bolstering() < 0.25 && p.voice() < 0.25);
        });
    }

    @Test
    void lightHandednessOnlyWithAnOverestimateAndTooLittleHardPower() {
        theory(29).forAll(leader(), partner()).check((l, p) -> {
            PartnerJudgement j = judge(l, p);
            if (j.failure() != Failure.LIGHT_HANDEDNESS) {
                return true;
            }
            return !j.recommended().voluntary() && p.leaderEstimate().isPresent()
                    && p.leaderEstimate().getAsDouble() - j.softPower() >= 0.2 - 1e-9
                    && HardPowerNorms.leverage(p.deployed())
                            < HardPowerNorms.need(j.recommended(), j.softPower(), p.cost(), Bands.DEFAULT) + 0.005;
        });
    }

    @Test
    void noEstimateNoLightHandedness() {
        theory(30).forAll(leader(), partner()).check((l, p) -> judge(l, new PartnerInputs(p.nation(), p.threat(),
                p.opportunity(), p.affinity(), p.voice(), p.divergence(), p.cost(), java.util.OptionalDouble.empty(),
                p.deployed())).failure() != Failure.LIGHT_HANDEDNESS);
    }

    @Test
    void heavyHandednessNeverInTheCoerciveEnticementBand() {
        theory(31).forAll(leader(), partner()).check((l, p) -> {
            PartnerJudgement j = judge(l, p);
            return j.recommended() != Strategy.COERCIVE_ENTICEMENT || j.failure() != Failure.HEAVY_HANDEDNESS;
        });
    }

    @Test
    void seriousCoercionOfAPartnerNotRepulsedIsHeavyHanded() {
        theory(32).forAll(leader(), partner(), doubles().between(0.41, 1)).check((l, p, c) -> {
            PartnerInputs coerced = p.withDeployed(new DeployedHardPower(c, p.deployed().sidePayment(),
                    p.deployed().bolstering(), p.deployed().conditionality()));
            PartnerJudgement j = judge(l, coerced);
            return j.softPower() < Bands.DEFAULT.mixed() || c < 0.405 || j.failure() == Failure.HEAVY_HANDEDNESS;
        });
    }

    @Test
    void deterministicToTheLastDigit() {
        theory(33).forAll(leader(), partner(), partner()).check((l, p, q) -> {
            AllianceCase c = new AllianceCase("d", l, List.of(p, new PartnerInputs("Q", q.threat(), q.opportunity(),
                    q.affinity(), q.voice(), q.divergence(), q.cost(), q.leaderEstimate(), q.deployed())));
            String once = ResultJson.write(FrameworkService.analyze(c));
            String twice = ResultJson.write(FrameworkService.analyze(c));
            return once.equals(twice);
        });
    }

    @Test
    void aPartnersJudgementIgnoresTheOtherPartners() {
        theory(34).forAll(leader(), partner(), partner()).check((l, p, q) -> {
            PartnerInputs other = new PartnerInputs("Q", q.threat(), q.opportunity(), q.affinity(), q.voice(),
                    q.divergence(), q.cost(), q.leaderEstimate(), q.deployed());
            PartnerJudgement alone = FrameworkService.analyze(new AllianceCase("a", l, List.of(p))).partners().get(0);
            PartnerJudgement second = FrameworkService.analyze(new AllianceCase("a", l, List.of(other, p)))
                    .partners().get(1);
            return alone.equals(second);
        });
    }

    @Test
    void jsonRoundTripGivesTheSameAnswerAsInMemory() {
        theory(35).withExamples(1000).forAll(leader(), partner()).check((l, p) -> {
            String json = CaseJson.of(new AllianceCase("rt", l, List.of(p)));
            try {
                return FrameworkService.analyzeJson(json)
                        .equals(ResultJson.write(FrameworkService.analyze(new AllianceCase("rt", l, List.of(p)))));
            } catch (InvalidCaseException e) {
                throw new AssertionError(json, e);
            }
        });
    }
}
