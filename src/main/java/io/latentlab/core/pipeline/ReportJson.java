package io.latentlab.core.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.latentlab.core.about.LatentLabVersion;
import io.latentlab.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@link Report} as {@code report.json}. This is the one place that decides how numbers are written: NaN
 * and infinities are not JSON numbers, so they are written as {@code null} (never as "NaN" strings); the report's
 * warnings say which score that was ({@link ReportBuilder}). After the format's own version comes
 * {@value #APP_VERSION_KEY}, the version of Latent Lab that wrote the file.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new SimpleModule("finite-or-null")
                    .addSerializer(Double.class, new FiniteOrNull())
                    .addSerializer(Double.TYPE, new FiniteOrNull())
                    .addSerializer(double[].class, new FiniteOrNullArray()))
            .build();

    /** The key of the writing program's version (a reader of report.json must not require it: older files lack it). */
    public static final String APP_VERSION_KEY = "latent_lab_version";

    private ReportJson() {}

    public static String toJson(Report report) {
        try {
            ObjectNode fields = MAPPER.valueToTree(report);
            ObjectNode file = MAPPER.createObjectNode();
            file.set("format", fields.remove("format"));
            file.set("version", fields.remove("version"));
            file.put(APP_VERSION_KEY, LatentLabVersion.get());
            file.setAll(fields);
            return MAPPER.writeValueAsString(file) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report could not be written as JSON", e);
        }
    }

    public static void write(Report report, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(report));
    }

    private static void number(double v, JsonGenerator g) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeNull();
        }
    }

    private static final class FiniteOrNull extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        FiniteOrNull() {
            super(Double.class);
        }

        @Override
        public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
            number(v, g);
        }
    }

    private static final class FiniteOrNullArray extends StdSerializer<double[]> {
        private static final long serialVersionUID = 1L;

        FiniteOrNullArray() {
            super(double[].class);
        }

        @Override
        public void serialize(double[] values, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartArray(values, values.length);
            for (double v : values) {
                number(v, g);
            }
            g.writeEndArray();
        }
    }
}
