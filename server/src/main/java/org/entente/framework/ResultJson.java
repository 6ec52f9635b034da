package org.entente.framework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link Analysis} as the contract's result JSON, fields in the contract's order, indented by two
 * spaces with "\n" line ends whatever the platform (the output is the same to the last byte everywhere).
 */
public final class ResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(printer());

    private ResultJson() {
    }

    public static ObjectNode toTree(Analysis a) {
        ObjectNode root = MAPPER.createObjectNode();
        if (a.id() == null) {
            root.putNull("id");
        } else {
            root.put("id", a.id());
        }
        ArrayNode partners = root.putArray("partners");
        for (PartnerJudgement j : a.partners()) {
            ObjectNode p = partners.addObject();
            p.put("nation", j.nation());
            p.put("softPower", j.softPower());
            p.put("recommended", j.recommended().name());
            p.put("failure", j.failure().name());
            ObjectNode c = p.putObject("compliance");
            c.put("mode", j.compliance().mode().name());
            c.put("intensity", j.compliance().intensity());
            ArrayNode e = p.putArray("explanation");
            j.explanation().forEach(e::add);
        }
        return root;
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    public static String write(Analysis a) {
        try {
            return WRITER.writeValueAsString(toTree(a));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot happen: writing a tree of strings and numbers", e);
        }
    }
}
