package io.latentlab.core.pipeline;

import io.latentlab.core.data.Matrix;
import io.latentlab.core.io.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Writes latent coordinates as {@code z1,z2,...,label} rows (label column omitted when there are no labels). */
public final class LatentCsv {
    private LatentCsv() {}

    public static void write(Path file, Matrix latent, int[] labels, List<String> classNames) throws IOException {
        AtomicFiles.write(file, stream -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            StringBuilder header = new StringBuilder();
            for (int j = 0; j < latent.cols(); j++) {
                header.append(j == 0 ? "" : ",").append('z').append(j + 1);
            }
            if (labels != null) {
                header.append(",label");
            }
            w.write(header.append('\n').toString());
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < latent.rows(); i++) {
                row.setLength(0);
                for (int j = 0; j < latent.cols(); j++) {
                    row.append(j == 0 ? "" : ",").append(CsvCell.number(latent.get(i, j)));
                }
                if (labels != null) {
                    row.append(',').append(CsvCell.text(classNames.get(labels[i])));
                }
                w.write(row.append('\n').toString());
            }
            w.flush();
        });
    }
}
