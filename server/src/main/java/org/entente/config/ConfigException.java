package org.entente.config;

/** A configuration that cannot be used, with a message naming the setting at fault. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
