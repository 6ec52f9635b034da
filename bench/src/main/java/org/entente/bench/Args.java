package org.entente.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs. */
final class Args {
    private final Map<String, String> values = new HashMap<>();

    Args(String[] argv) {
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + argv[i] + "'");
            }
            String name = argv[i].substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                values.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) {
                values.put(name, argv[++i]);
            } else {
                values.put(name, "true");
            }
        }
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String get(String name, String dflt) {
        return values.getOrDefault(name, dflt);
    }

    int getInt(String name, int dflt) {
        return has(name) ? Integer.parseInt(values.get(name)) : dflt;
    }

    double getDouble(String name, double dflt) {
        return has(name) ? Double.parseDouble(values.get(name)) : dflt;
    }

    boolean getBool(String name, boolean dflt) {
        return has(name) ? Boolean.parseBoolean(values.get(name)) : dflt;
    }
}
