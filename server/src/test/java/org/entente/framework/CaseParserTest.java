package org.entente.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input: every malformed case is refused with the field named; nothing is clamped or defaulted. */
class CaseParserTest {

    private static final String LEADER = "\"leader\":{\"nation\":\"L\",\"power\":0.5}";

    private static InvalidCaseException refused(String json) {
        return assertThrows(InvalidCaseException.class, () -> FrameworkService.analyzeJson(json));
    }

    private static void refused(String json, String field, String... inMessage) {
        InvalidCaseException e = refused(json);
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
        for (String s : inMessage) {
            assertTrue(e.getMessage().contains(s), "'" + s + "' not in: " + e.getMessage());
        }
    }

    private static String withPartner(String partner) {
        return "{" + LEADER + ",\"partners\":[" + partner + "]}";
    }

    @Test
    void powerOutOfRange() {
        refused("{\"leader\":{\"nation\":\"L\",\"power\":1.7},\"partners\":[]}", "leader.power", "1.7", "0..1");
    }

    @Test
    void negativeThreat() {
        refused(withPartner("{\"nation\":\"P\",\"threat\":-0.1}"), "partners[0].threat", "-0.1", "0..1");
    }

    @Test
    void affinityOutOfRange() {
        refused(withPartner("{\"nation\":\"P\",\"affinity\":-1.01}"), "partners[0].affinity", "-1..1");
    }

    @Test
    void estimateOutOfRange() {
        refused(withPartner("{\"nation\":\"P\",\"leaderEstimate\":2}"), "partners[0].leaderEstimate", "2");
    }

    @Test
    void deployedOutOfRange() {
        refused(withPartner("{\"nation\":\"P\",\"deployed\":{\"coercion\":1.2}}"), "partners[0].deployed.coercion",
                "1.2");
    }

    @Test
    void hugeNumberIsOutOfRangeNotInfinity() {
        refused(withPartner("{\"nation\":\"P\",\"voice\":1e400}"), "partners[0].voice", "out of range");
    }

    @Test
    void nanIsNotJson() {
        refused(withPartner("{\"nation\":\"P\",\"voice\":NaN}"), "body", "not valid JSON");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"high\"|a string \"high\"",
        "true|a boolean (true)",
        "null|null",
        "[0.5]|an array",
        "{}|an object",
        "\"0.5\"|a string \"0.5\""})
    void wrongTypeForANumber(String value, String described) {
        refused(withPartner("{\"nation\":\"P\",\"voice\":" + value + "}"), "partners[0].voice",
                "must be a number in 0..1", described);
    }

    @Test
    void integersAreNumbers() throws Exception {
        String out = FrameworkService.analyzeJson(
                "{\"leader\":{\"nation\":\"L\",\"power\":1},\"partners\":[{\"nation\":\"P\",\"threat\":1,"
                        + "\"deployed\":{\"bolstering\":1,\"coercion\":0}}]}");
        assertTrue(out.contains("\"softPower\": 0.89"), out);
    }

    @Test
    void unknownPartnerField() {
        refused(withPartner("{\"nation\":\"P\",\"threatt\":0.5}"), "partners[0].threatt", "unknown field", "threat");
    }

    @Test
    void unknownTopLevelField() {
        refused("{" + LEADER + ",\"partners\":[],\"extra\":1}", "extra", "unknown field");
    }

    @Test
    void unknownLeaderField() {
        refused("{\"leader\":{\"nation\":\"L\",\"strength\":0.5},\"partners\":[]}", "leader.strength", "unknown");
    }

    @Test
    void unknownDeployedField() {
        refused(withPartner("{\"nation\":\"P\",\"deployed\":{\"bribes\":0.5}}"), "partners[0].deployed.bribes",
                "unknown field", "sidePayment");
    }

    @Test
    void unknownBandsField() {
        refused("{" + LEADER + ",\"partners\":[],\"bands\":{\"neutral\":0}}", "bands.neutral", "unknown field");
    }

    @Test
    void partnerWithoutNation() {
        refused(withPartner("{\"threat\":0.5}"), "partners[0].nation", "missing", "nation");
    }

    @Test
    void emptyNation() {
        refused(withPartner("{\"nation\":\"  \"}"), "partners[0].nation", "non-empty string");
    }

    @Test
    void leaderWithoutNation() {
        refused("{\"leader\":{\"power\":0.5},\"partners\":[]}", "leader.nation", "missing");
    }

    @Test
    void missingLeader() {
        refused("{\"partners\":[]}", "leader", "missing");
    }

    @Test
    void missingPartners() {
        refused("{" + LEADER + "}", "partners", "missing");
    }

    @Test
    void partnersNotAnArray() {
        refused("{" + LEADER + ",\"partners\":{}}", "partners", "array");
    }

    @Test
    void partnerNotAnObject() {
        refused(withPartner("\"GBR\""), "partners[0]", "object");
    }

    @Test
    void duplicatePartnerNation() {
        refused(withPartner("{\"nation\":\"P\"},{\"nation\":\"P\"}"), "partners[1].nation", "duplicate");
    }

    @Test
    void badPosture() {
        refused("{\"leader\":{\"nation\":\"L\",\"posture\":\"wolf\"},\"partners\":[]}", "leader.posture",
                "defensive", "revisionist", "wolf");
    }

    @Test
    void emptyBody() {
        refused("", "body", "empty");
        refused("   \n", "body", "empty");
        refused(null, "body", "empty");
    }

    @Test
    void notJson() {
        refused("{\"id\": ", "body", "not valid JSON");
        refused("hello", "body", "not valid JSON");
    }

    @Test
    void notAnObject() {
        refused("[1,2]", "body", "JSON object");
        refused("42", "body", "JSON object");
    }

    @Test
    void trailingGarbage() {
        refused("{" + LEADER + ",\"partners\":[]} x", "body", "not valid JSON");
        refused("{" + LEADER + ",\"partners\":[]}{}", "body", "not valid JSON");
    }

    @Test
    void duplicateKey() {
        refused("{\"leader\":{\"nation\":\"L\",\"power\":0.5,\"power\":0.6},\"partners\":[]}", "body", "power");
    }

    @Test
    void bandsOutOfOrderNamesTheWrongEdge() {
        refused("{" + LEADER + ",\"partners\":[],\"bands\":{\"mixed\":-0.5}}", "bands.mixed", "-0.5",
                "above bands.coercive", "ordered");
        refused("{" + LEADER + ",\"partners\":[],\"bands\":{\"indifferent\":0.5}}", "bands.indifferent",
                "below bands.motivated");
        refused("{" + LEADER + ",\"partners\":[],\"bands\":{\"coercive\":0.0}}", "bands.coercive", "below bands.mixed");
    }

    @Test
    void bandsOutOfRange() {
        refused("{" + LEADER + ",\"partners\":[],\"bands\":{\"conditional\":2.5}}", "bands.conditional", "0..2");
        refused("{" + LEADER + ",\"partners\":[],\"bands\":{\"motivated\":\"high\"}}", "bands.motivated", "number");
    }

    @Test
    void idMustBeText() {
        refused("{\"id\":7," + LEADER + ",\"partners\":[]}", "id", "string");
    }

    @Test
    void noteAndExpectAreIgnored() throws Exception {
        String out = FrameworkService.analyzeJson("{\"id\":\"x\",\"note\":\"free text\",\"expect\":{\"P\":{}},"
                + LEADER + ",\"partners\":[{\"nation\":\"P\",\"note\":\"why\"}]}");
        assertTrue(out.contains("\"nation\": \"P\""), out);
    }

    @Test
    void defaultsAreTheContractsOnly() throws Exception {
        AllianceCase c = CaseParser.parse("{\"leader\":{\"nation\":\"L\"},\"partners\":[{\"nation\":\"P\"}],"
                + "\"bands\":null}");
        assertEquals(0, c.leader().power());
        assertEquals(Posture.DEFENSIVE, c.leader().posture());
        assertEquals(PartnerInputs.named("P"), c.partners().get(0));
        assertEquals(Bands.DEFAULT, c.bands());
        assertEquals(null, c.id());
    }

    @Test
    void bandsOverrideAnySubset() throws Exception {
        AllianceCase c = CaseParser.parse("{" + LEADER + ",\"partners\":[],\"bands\":{\"motivated\":0.4}}");
        assertEquals(new Bands(-0.4, -0.1, 0.1, 0.4, 0.9), c.bands());
    }

    @Test
    void recordsRefuseOutOfRangeValuesBuiltInCode() {
        assertThrows(IllegalArgumentException.class, () -> new Leader("L", 1.5, Posture.DEFENSIVE));
        assertThrows(IllegalArgumentException.class, () -> PartnerInputs.named("P").withVoice(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new DeployedHardPower(0, 0, -0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Bands(0, -0.1, 0.1, 0.35, 0.9));
    }
}
