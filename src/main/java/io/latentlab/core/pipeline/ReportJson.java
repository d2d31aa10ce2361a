package io.latentlab.core.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.latentlab.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;

/** Writes {@link Report} as {@code report.json}. */
public final class ReportJson {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportJson() {}

    public static String toJson(Report report) {
        try {
            return MAPPER.writeValueAsString(report) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report could not be written as JSON", e);
        }
    }

    public static void write(Report report, Path file) throws IOException {
        AtomicFiles.writeString(file, toJson(report));
    }
}
