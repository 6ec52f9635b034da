package org.entente.web.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.config.Limits;
import org.entente.engine.command.AddNote;
import org.entente.engine.command.AdjustClock;
import org.entente.engine.command.EndExercise;
import org.entente.engine.command.ComposeCrisis;
import org.entente.engine.command.AdvancePhase;
import org.entente.engine.command.OverrideResult;
import org.entente.engine.command.PlayCrisis;
import org.entente.engine.crisis.Change;
import java.util.List;
import org.entente.engine.command.AnswerOffer;
import org.entente.engine.command.ChangeMembership;
import org.entente.engine.command.Command;
import org.entente.engine.command.MakeOffer;
import org.entente.engine.command.OpenBilateral;
import org.entente.engine.command.PauseClock;
import org.entente.engine.command.PostMessage;
import org.entente.engine.command.Propose;
import org.entente.engine.command.ResumeClock;
import org.entente.engine.command.SetSeat;
import org.entente.engine.command.StartExercise;
import org.entente.engine.command.SubmitOrders;
import org.entente.engine.command.TableItem;
import org.entente.engine.command.Vote;
import org.entente.engine.command.WithdrawOffer;
import org.entente.engine.council.ProposalKind;
import org.entente.engine.offer.Conditions;
import org.entente.engine.offer.OfferKind;
import org.entente.engine.turn.Orders;
import org.entente.engine.turn.Phase;

/**
 * The one parser of client frames: every message type, its fields and their types are declared
 * here (and in docs/api/asyncapi.yaml); anything else — malformed JSON, an unknown type or field, a
 * wrong type, a number out of range, an oversized frame — becomes a {@link ProtocolError} naming it.
 */
public final class ProtocolDecoder {
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16).maxNumberLength(32).maxStringLength(64 * 1024).build())
            .build()).build();
    private static final int TEXT = 4000;
    private static final int SHORT = 200;

    @FunctionalInterface
    private interface CommandParser {
        Command parse(Fields f) throws ProtocolError;
    }

    private final Limits limits;
    private final Map<String, CommandParser> commands = new LinkedHashMap<>();

    public ProtocolDecoder(Limits limits) {
        this.limits = limits;
        commands.put("post", f -> {
            f.only("type", "id", "channel", "text");
            return new PostMessage(f.requiredText("channel", 80), f.requiredText("text", limits.maxMessageChars()), null);
        });
        commands.put("openBilateral", f -> {
            f.only("type", "id", "with");
            return new OpenBilateral(f.nationId("with"));
        });
        commands.put("makeOffer", ProtocolDecoder::makeOffer);
        commands.put("answerOffer", f -> {
            f.only("type", "id", "offer", "accept");
            return new AnswerOffer(f.ref("offer"), f.requiredBool("accept"));
        });
        commands.put("withdrawOffer", f -> {
            f.only("type", "id", "offer");
            return new WithdrawOffer(f.ref("offer"));
        });
        commands.put("setSeat", f -> {
            f.only("type", "id", "nation", "seated");
            return new SetSeat(f.nationId("nation"), f.requiredBool("seated"));
        });
        commands.put("tableItem", f -> {
            f.only("type", "id", "title", "text");
            return new TableItem(f.requiredText("title", SHORT), f.optionalText("text", TEXT));
        });
        commands.put("propose", ProtocolDecoder::propose);
        commands.put("vote", f -> {
            f.only("type", "id", "proposal", "yes");
            return new Vote(f.ref("proposal"), f.requiredBool("yes"));
        });
        commands.put("submitOrders", ProtocolDecoder::submitOrders);
        commands.put("joinCoalition", f -> {
            f.only("type", "id", "coalition");
            return new ChangeMembership(f.ref("coalition"), true);
        });
        commands.put("leaveCoalition", f -> {
            f.only("type", "id", "coalition");
            return new ChangeMembership(f.ref("coalition"), false);
        });
        commands.put("startExercise", f -> {
            f.only("type", "id");
            return new StartExercise();
        });
        commands.put("advancePhase", ProtocolDecoder::advancePhase);
        commands.put("pauseClock", f -> {
            f.only("type", "id", "reason");
            return new PauseClock(f.optionalText("reason", SHORT));
        });
        commands.put("playCrisis", f -> {
            f.only("type", "id", "card", "targets", "tell", "atTurn");
            return new PlayCrisis(f.ref("card"), f.refList("targets", 40), f.refList("tell", 40),
                    f.has("atTurn") ? f.optionalInt("atTurn", 1, 40, 0) : null);
        });
        commands.put("composeCrisis", f -> {
            f.only("type", "id", "card", "targets", "tell", "atTurn");
            return new ComposeCrisis(f.rawObject("card"), f.refList("targets", 40), f.refList("tell", 40),
                    f.has("atTurn") ? f.optionalInt("atTurn", 1, 40, 0) : null);
        });
        commands.put("override", ProtocolDecoder::override);
        commands.put("lockChannel", f -> {
            f.only("type", "id", "channel", "locked", "reason");
            return new org.entente.engine.command.LockChannel(f.requiredText("channel", 80), f.optionalBool("locked", true),
                    f.optionalText("reason", SHORT));
        });
        commands.put("setStance", f -> {
            f.only("type", "id", "partner", "stance", "reason", "coalition");
            return new org.entente.engine.command.SetStance(f.ref("partner"), f.requiredText("stance", 20),
                    f.requiredText("reason", org.entente.engine.stance.StanceRules.MAX_REASON), f.optionalRef("coalition"));
        });
        commands.put("addNote", f -> {
            f.only("type", "id", "text");
            return new AddNote(f.requiredText("text", TEXT));
        });
        commands.put("adjustClock", f -> {
            f.only("type", "id", "seconds", "reason");
            return new AdjustClock((int) f.requiredNumber("seconds", -3600, 3600), f.optionalText("reason", SHORT));
        });
        commands.put("endExercise", f -> {
            f.only("type", "id", "reason");
            return new EndExercise(f.requiredText("reason", SHORT));
        });
        commands.put("resumeClock", f -> {
            f.only("type", "id");
            return new ResumeClock();
        });
    }

    public ClientMessage decode(String text) throws ProtocolError {
        int bytes = text.length() <= limits.maxFrameBytes() / 3 ? text.length()
                : text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxFrameBytes()) {
            throw new ProtocolError(null, "FRAME_TOO_LARGE", null,
                    "The frame is " + bytes + " bytes; the limit is " + limits.maxFrameBytes() + ".");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ProtocolError(null, "MALFORMED_JSON", null, "The frame is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ProtocolError(null, "NOT_AN_OBJECT", null, "A message is a JSON object with a \"type\" field.");
        }
        String id = root.get("id") != null && root.get("id").isTextual() ? root.get("id").asText() : null;
        Fields f = new Fields(root, id, "");
        String type = f.requiredText("type", 40);
        switch (type) {
            case "join" -> {
                f.only("type", "token", "lastSeq", "name");
                return new ClientMessage.Join(f.requiredText("token", 200), f.optionalPosition("lastSeq"),
                        f.optionalText("name", limits.maxNameChars()));
            }
            case "ping" -> {
                f.only("type", "id");
                return new ClientMessage.Ping(f.optionalText("id", 64));
            }
            default -> {
                CommandParser parser = commands.get(type);
                if (parser == null) {
                    throw new ProtocolError(id, "UNKNOWN_TYPE", "type", "Unknown message type '" + type
                            + "'. Known types: join, ping, " + String.join(", ", commands.keySet()) + ".");
                }
                String commandId = f.commandId();
                return new ClientMessage.CommandRequest(commandId, parser.parse(f));
            }
        }
    }

    private static Command makeOffer(Fields f) throws ProtocolError {
        f.only("type", "id", "to", "kind", "form", "amount", "severity", "demand", "conditions", "counterOf");
        String kindName = f.requiredText("kind", 20);
        OfferKind kind = OfferKind.fromWire(kindName);
        if (kind == null) {
            throw f.error("INVALID_FIELD", "kind", "An offer's kind is aid, sidePayment, threat or request; not '" + kindName + "'.");
        }
        double amount = kind == OfferKind.THREAT ? 0
                : kind == OfferKind.REQUEST ? f.requiredNumber("amount", 0, 1) : f.requiredNumber("amount", 0, 1000);
        double severity = kind == OfferKind.THREAT ? f.requiredNumber("severity", 0, 1) : 0;
        Conditions conditions = Conditions.NONE;
        Fields c = f.optionalObject("conditions");
        if (c != null) {
            c.only("text", "stringency", "requiredForces");
            conditions = new Conditions(c.optionalText("text", TEXT), c.has("stringency") ? c.requiredNumber("stringency", 0, 1) : 0,
                    c.optionalNumber("requiredForces", 0, 1));
        }
        return new MakeOffer(f.nationId("to"), kind, f.optionalText("form", SHORT), amount, severity,
                f.optionalText("demand", TEXT), conditions, f.optionalRef("counterOf"));
    }

    private static Command advancePhase(Fields f) throws ProtocolError {
        f.only("type", "id", "reason", "from");
        String reason = f.optionalText("reason", SHORT);
        Fields from = f.optionalObject("from");
        if (from == null) {
            return new AdvancePhase(reason);
        }
        from.only("turn", "phase");
        if (!from.has("turn")) {
            throw from.error("MISSING_FIELD", "turn", "Field 'from.turn' is required: the turn whose phase to close.");
        }
        int turn = from.optionalInt("turn", 1, 1000, 0);
        String phaseName = from.requiredText("phase", 20);
        Phase phase = Phase.fromWire(phaseName);
        if (phase == null) {
            throw from.error("INVALID_FIELD", "phase", "'" + phaseName + "' is not a phase (negotiation, council, orders or reports).");
        }
        return new AdvancePhase(reason, turn, phase);
    }

    private static Command propose(Fields f) throws ProtocolError {
        f.only("type", "id", "item", "kind", "text", "axis", "toward", "minForces");
        String kindName = f.requiredText("kind", 20);
        ProposalKind kind = ProposalKind.fromWire(kindName);
        if (kind == null) {
            throw f.error("INVALID_FIELD", "kind", "A proposal's kind is aims, contribution or resolution; not '" + kindName + "'.");
        }
        return new Propose(f.ref("item"), kind, f.optionalText("text", TEXT), f.optionalText("axis", 20),
                f.optionalNumber("toward", 0, 1), f.optionalNumber("minForces", 0, 1));
    }

    private static Command override(Fields f) throws ProtocolError {
        f.only("type", "id", "set", "reason");
        String reason = f.requiredText("reason", TEXT);
        Fields set = f.optionalObject("set");
        if (set == null) {
            throw f.error("MISSING_FIELD", "set", "Field 'set' is required: what to set, e.g. {\"kind\": \"progress\", \"coalition\": \"allies\", \"value\": 0.5}.");
        }
        return new OverrideResult(List.of(change(set)), reason);
    }

    private static Change change(Fields s) throws ProtocolError {
        String kind = s.requiredText("kind", 20);
        return switch (kind) {
            case "progress" -> {
                s.only("kind", "coalition", "value");
                yield new Change.Progress(s.ref("coalition"), s.requiredNumber("value", 0, 1));
            }
            case "affinity" -> {
                s.only("kind", "from", "toward", "value");
                yield new Change.Affinity(s.nationId("from"), s.nationId("toward"), s.requiredNumber("value", -1, 1));
            }
            case "resources" -> {
                s.only("kind", "nation", "value");
                yield new Change.Resources(s.nationId("nation"), (int) s.requiredNumber("value", 0, 1000));
            }
            case "extraction" -> {
                s.only("kind", "nation", "value");
                yield new Change.Extraction(s.nationId("nation"), s.requiredNumber("value", 0, 1));
            }
            case "publicSupport" -> {
                s.only("kind", "nation", "value");
                yield new Change.PublicSupport(s.nationId("nation"), s.requiredNumber("value", 0, 1));
            }
            case "strength" -> {
                s.only("kind", "adversary", "value");
                yield new Change.Strength(s.ref("adversary"), s.requiredNumber("value", 0, 1));
            }
            case "failure" -> {
                s.only("kind", "turn", "coalition", "partner", "failure");
                yield new Change.Failure((int) s.requiredNumber("turn", 1, 40), s.ref("coalition"), s.nationId("partner"),
                        s.requiredText("failure", 20));
            }
            default -> throw s.error("INVALID_FIELD", "kind", "An override sets progress, affinity, resources, extraction, "
                    + "publicSupport, strength or failure; not '" + kind + "'.");
        };
    }

    private static Command submitOrders(Fields f) throws ProtocolError {
        f.only("type", "id", "forces", "money", "basing", "overflight", "deliveries", "carryOut", "assessments");
        return new SubmitOrders(new Orders(f.requiredNumber("forces", 0, 1), f.optionalInt("money", 0, 1000, 0),
                f.optionalBool("basing", false), f.optionalBool("overflight", false),
                f.intMap("deliveries", 0, 1000, 50), f.refList("carryOut", 50), f.numberMap("assessments", -1, 1, 50)));
    }
}
