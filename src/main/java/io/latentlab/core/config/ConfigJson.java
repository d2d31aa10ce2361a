package io.latentlab.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latentlab.core.io.AtomicFiles;
import io.latentlab.core.io.SafeInput;
import io.latentlab.core.validation.InvalidValueException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads and writes {@link ExperimentConfig} as JSON. A file may be partial: what it leaves out is taken from a base
 * config (by default {@link ExperimentConfig#defaults()}). Unknown fields, wrong types and invalid values are
 * reported with the field's path, e.g. {@code data.blobs.clusterStd: clusterStd must be zero or positive, got -1.0}.
 */
public final class ConfigJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder(SafeInput.jsonFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ConfigJson() {}

    /** The format of a saved experiment file, which holds a config and optionally a trained model. */
    public static final String EXPERIMENT_FORMAT = "latent-lab-experiment";

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(ExperimentConfig config) {
        try {
            return MAPPER.writeValueAsString(config) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("config could not be written as JSON", e);
        }
    }

    public static void write(ExperimentConfig config, Path file) throws IOException {
        AtomicFiles.writeString(file, write(config));
    }

    /**
     * Reads a config file (or a saved experiment's config) through {@link SafeInput}: a regular file of at most
     * {@link SafeInput.Limit#JSON}, UTF-8 text, JSON within {@link SafeInput#jsonConstraints()}.
     */
    public static ExperimentConfig read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = SafeInput.readUtf8Bytes(file, SafeInput.Limit.JSON);
        } catch (NoSuchFileException e) {
            throw new ConfigException("", "config file " + file + " does not exist", e);
        }
        try {
            JsonNode user;
            try {
                user = MAPPER.readTree(bytes);
            } catch (JsonProcessingException e) {
                throw notJson(e);
            }
            return fromTree(user, ExperimentConfig.defaults());
        } catch (ConfigException e) {
            throw new ConfigException(e.path(), e.detail() + " (in " + file.getFileName() + ")", e.getCause());
        }
    }

    public static ExperimentConfig read(String json) {
        return read(json, ExperimentConfig.defaults());
    }

    /** Reads {@code json}, taking every field it leaves out from {@code base}. */
    public static ExperimentConfig read(String json, ExperimentConfig base) {
        JsonNode user;
        try {
            user = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
        return fromTree(user, base);
    }

    /** A parse failure in the user's words: a broken {@link SafeInput} limit, or where the JSON goes wrong. */
    private static ConfigException notJson(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException limit) {
            return new ConfigException("", "refused: " + SafeInput.describe(limit), e);
        }
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return new ConfigException("", "not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    }

    private static ExperimentConfig fromTree(JsonNode parsed, ExperimentConfig base) {
        JsonNode user = parsed;
        if (user != null && EXPERIMENT_FORMAT.equals(user.path("format").asText())) {
            // A saved experiment (config and model): its config is what a run needs.
            user = user.get("config");
        }
        if (user == null || !user.isObject()) {
            throw new ConfigException("", "a config must be a JSON object ({ ... })", null);
        }
        ObjectNode merged = MAPPER.valueToTree(base);
        merge(merged, (ObjectNode) user);
        try {
            return MAPPER.treeToValue(merged, ExperimentConfig.class);
        } catch (JsonMappingException e) {
            throw translate(e, merged);
        } catch (JsonProcessingException e) {
            throw new ConfigException("", e.getOriginalMessage(), e);
        } catch (InvalidValueException e) {
            throw new ConfigException(e.path(), e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("", e.getMessage(), e);
        }
    }

    /** Objects merge field by field; anything else (numbers, strings, arrays) replaces the base value. */
    private static void merge(ObjectNode base, ObjectNode user) {
        for (Map.Entry<String, JsonNode> field : user.properties()) {
            JsonNode existing = base.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode userObject) {
                merge(existingObject, userObject);
            } else {
                base.set(field.getKey(), field.getValue());
            }
        }
    }

    private static ConfigException translate(JsonMappingException e, JsonNode merged) {
        String path = pathOf(e);
        if (e instanceof UnrecognizedPropertyException u) {
            String where = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "the top level";
            return new ConfigException(
                    path,
                    "unknown field \"" + u.getPropertyName() + "\" in " + where
                            + " (known fields: "
                            + String.join(
                                    ", ",
                                    u.getKnownPropertyIds().stream()
                                            .map(Object::toString)
                                            .sorted()
                                            .toList())
                            + ")",
                    e);
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof InvalidValueException invalid) {
            // Jackson's path is where the record being built sits; the record names its own component.
            return new ConfigException(InvalidValueException.join(path, invalid.path()), invalid.getMessage(), e);
        }
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new ConfigException(path, cause.getMessage(), e);
        }
        if (e instanceof InvalidFormatException f) {
            return new ConfigException(
                    path, "expected " + describe(f.getTargetType()) + ", got " + quote(f.getValue()), e);
        }
        if (e instanceof MismatchedInputException m) {
            java.util.List<JsonMappingException.Reference> refs = e.getPath();
            if (!refs.isEmpty() && refs.get(refs.size() - 1).getFieldName() == null) {
                // A single value taken as a one-element list: the problem is that it is not a list.
                java.util.List<JsonMappingException.Reference> up = refs.subList(0, refs.size() - 1);
                JsonNode parent = nodeAt(merged, up);
                if (parent != null && !parent.isArray()) {
                    return new ConfigException(pathOf(up), "expected a list, got " + kind(parent), e);
                }
            }
            JsonNode actual = nodeAt(merged, refs);
            return new ConfigException(
                    path,
                    "expected " + describe(m.getTargetType()) + ", got "
                            + (actual == null ? firstLine(e.getOriginalMessage()) : kind(actual)),
                    e);
        }
        return new ConfigException(path, firstLine(e.getOriginalMessage()), e);
    }

    private static JsonNode nodeAt(JsonNode root, java.util.List<JsonMappingException.Reference> path) {
        JsonNode node = root;
        for (JsonMappingException.Reference ref : path) {
            if (node == null) {
                return null;
            }
            node = ref.getFieldName() != null ? node.get(ref.getFieldName()) : node.get(ref.getIndex());
        }
        return node;
    }

    /** What a value is, for "expected ..., got ...": "an object", "a list", or the value itself. */
    private static String kind(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static String pathOf(JsonMappingException e) {
        return pathOf(e.getPath());
    }

    private static String pathOf(java.util.List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of "
                    + java.util.Arrays.stream(type.getEnumConstants())
                            .map(c -> "\"" + c.toString().toLowerCase(java.util.Locale.ROOT) + "\"")
                            .toList();
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String quote(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid value";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
