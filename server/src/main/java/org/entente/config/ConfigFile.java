package org.entente.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The optional configuration file (YAML or JSON, which is YAML too). Every key may be left out;
 * an unknown key is an error, so that a typo is never silently ignored.
 */
public record ConfigFile(String host, Integer port, String dataDir, String adminKey, String publicUrl, LimitsFile limits,
                         java.util.List<String> allowedOrigins, TlsFile tls, String scenariosDir) {

    public record TlsFile(String certFile, String keyFile) {
    }

    public record LimitsFile(Integer maxFrameBytes, Integer hardFrameBytes, Integer maxMessageChars, Integer maxNameChars,
                             Double commandsPerSecond, Integer commandBurst, Integer maxStrikes, Integer maxQueuedBytes,
                             Integer maxConnectionsPerToken, Double membershipChangesPerMinute, Long maxQueuedBytesPerNode,
                             Integer requestTimeoutSeconds, Integer joinTimeoutSeconds) {
    }

    public static final ConfigFile EMPTY = new ConfigFile(null, null, null, null, null, null, null, null, null);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static ConfigFile read(Path path) throws ConfigException {
        try {
            if (!Files.isRegularFile(path)) {
                throw new ConfigException("The configuration file " + path + " does not exist.");
            }
            ConfigFile file = YAML.readValue(path.toFile(), ConfigFile.class);
            return file == null ? EMPTY : file;
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(path + ": unknown key '" + e.getPropertyName() + "' (known: " + e.getKnownPropertyIds() + ").");
        } catch (JsonMappingException e) {
            throw new ConfigException(path + ": " + e.getPathReference() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(path + ": " + e.getMessage());
        }
    }
}
