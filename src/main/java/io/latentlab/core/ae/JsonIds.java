package io.latentlab.core.ae;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lower-case JSON names for the engine's enums, with a parse error that lists the accepted names. */
final class JsonIds {

    private JsonIds() {}

    static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        if (text != null) {
            String wanted = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
            for (E value : type.getEnumConstants()) {
                if (id(value).equals(wanted)) {
                    return value;
                }
            }
        }
        String accepted =
                Arrays.stream(type.getEnumConstants()).map(JsonIds::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + what + " '" + text + "', expected one of: " + accepted);
    }
}
