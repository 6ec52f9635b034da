package org.entente.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Validates a located tree against the bundled JSON Schema, mapping each error to a line, column and field. */
final class SchemaCheck {

    static final String SCHEMA_RESOURCE = "scenarios/schema/scenario.schema.json";

    private static volatile Schema schema;

    private SchemaCheck() {
    }

    static Schema schema() {
        Schema s = schema;
        if (s == null) {
            synchronized (SchemaCheck.class) {
                s = schema;
                if (s == null) {
                    try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
                        if (in == null) {
                            throw new ScenarioException("the scenario schema " + SCHEMA_RESOURCE + " is not on the classpath");
                        }
                        s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
                    } catch (IOException e) {
                        throw new ScenarioException("cannot read the scenario schema: " + e.getMessage(), e);
                    }
                    schema = s;
                }
            }
        }
        return s;
    }

    static final int MAX_PROBLEMS = 200;

    static List<Problem> check(LocatedTree tree, String source) {
        List<Problem> out = new ArrayList<>();
        List<Error> errors = schema().validate(tree.root);
        for (Error e : errors) {
            if (out.size() == MAX_PROBLEMS) {
                // Thousands of problems help nobody, and locating each costs time: say how many more there are.
                out.add(new Problem(source, 0, 0, "$", "and " + (errors.size() - MAX_PROBLEMS)
                        + " more problems against the schema (only the first " + MAX_PROBLEMS + " are listed)"));
                break;
            }
            String path = path(e.getInstanceLocation());
            String keyword = e.getKeyword();
            String message = clean(e.getMessage(), path);
            LocatedTree.Pos pos;
            String field;
            if ("additionalProperties".equals(keyword) && e.getProperty() != null) {
                field = LocatedTree.child(path, e.getProperty());
                pos = tree.key(field);
                message = "unknown field '" + e.getProperty() + "'";
            } else if ("required".equals(keyword) && e.getProperty() != null) {
                field = LocatedTree.child(path, e.getProperty());
                pos = tree.key(path);
                message = "missing required field '" + e.getProperty() + "'";
            } else if ("propertyNames".equals(keyword) || isKeyError(e)) {
                field = path;
                pos = tree.key(path);
            } else {
                field = path;
                pos = tree.value(path);
            }
            out.add(new Problem(source, pos.line(), pos.column(), field, message));
        }
        return out;
    }

    private static boolean isKeyError(Error e) {
        return false;
    }

    static String path(NodePath np) {
        String p = "$";
        if (np == null) {
            return p;
        }
        for (int i = 0; i < np.getNameCount(); i++) {
            Object el = np.getElement(i);
            if (el instanceof Integer idx) {
                p = LocatedTree.index(p, idx);
            } else {
                p = LocatedTree.child(p, String.valueOf(el));
            }
        }
        return p;
    }

    /** networknt prefixes messages with the instance location; the problem carries it already. */
    private static String clean(String message, String path) {
        if (message == null) {
            return "invalid";
        }
        int colon = message.indexOf(": ");
        if (message.startsWith("$") && colon > 0) {
            return message.substring(colon + 2);
        }
        return message;
    }
}
