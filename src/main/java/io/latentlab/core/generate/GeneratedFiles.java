package io.latentlab.core.generate;

import io.latentlab.core.data.io.NpyWriter;
import io.latentlab.core.io.AtomicFiles;
import io.latentlab.core.io.FileSet;
import io.latentlab.core.pipeline.CsvCell;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Writes generated rows: {@code NAME.csv} (header: the feature names and {@code label}) and, for image data,
 * {@code NAME.npy} of shape (N, H, W) float32 beside it. Both are written as one set ({@link FileSet}): a failure
 * leaves the earlier files as they were, and a tabular set removes an earlier set's .npy, so the two never mix.
 */
public final class GeneratedFiles {

    private GeneratedFiles() {}

    /** The .npy written beside {@code csv} for image data. */
    public static Path npyBeside(Path csv) {
        String name = csv.getFileName().toString();
        return csv.resolveSibling(name.substring(0, name.length() - ".csv".length()) + ".npy");
    }

    /** Refuses a target that is not a .csv file name, naming it. */
    public static void requireCsvName(Path csv) {
        Path name = csv.getFileName();
        if (name == null
                || !name.toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                || name.toString().length() == ".csv".length()) {
            throw new IllegalArgumentException("the generated rows go to a .csv file, got '" + csv + "'");
        }
    }

    /** Writes the files and returns them, the CSV first. */
    public static List<Path> write(GeneratedData data, Path csv) throws IOException {
        requireCsvName(csv);
        Path absolute = csv.toAbsolutePath();
        Path dir = absolute.getParent();
        Path npy = npyBeside(absolute);
        LinkedHashMap<String, FileSet.Content> files = new LinkedHashMap<>();
        files.put(absolute.getFileName().toString(), file -> writeCsv(data, file));
        List<Path> written = new ArrayList<>(List.of(csv));
        if (data.imageShape() != null) {
            files.put(
                    npy.getFileName().toString(), file -> NpyWriter.writeImages(file, data.rows(), data.imageShape()));
            written.add(npyBeside(csv));
        }
        FileSet.replace(
                dir,
                List.of(absolute.getFileName().toString(), npy.getFileName().toString()),
                files);
        return written;
    }

    private static void writeCsv(GeneratedData data, Path file) throws IOException {
        AtomicFiles.write(file, stream -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            StringBuilder line = new StringBuilder();
            for (String name : data.featureNames()) {
                line.append(CsvCell.text(name)).append(',');
            }
            w.write(line.append("label\n").toString());
            int d = data.rows().cols();
            double[] values = data.rows().data();
            for (int i = 0; i < data.rows().rows(); i++) {
                line.setLength(0);
                for (int j = 0; j < d; j++) {
                    line.append(CsvCell.number(values[i * d + j])).append(',');
                }
                w.write(line.append(CsvCell.text(data.labels().get(i)))
                        .append('\n')
                        .toString());
            }
            w.flush();
        });
    }
}
