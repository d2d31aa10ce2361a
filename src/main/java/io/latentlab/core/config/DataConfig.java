package io.latentlab.core.config;

import java.util.Objects;

/** Which data and its parameters; only the section matching {@code source} is used. */
public record DataConfig(DataSource source, BlobsConfig blobs, FileDataConfig file) {

    public DataConfig {
        Objects.requireNonNull(source, "source");
        blobs = blobs == null ? BlobsConfig.notebook() : blobs;
        file = file == null ? FileDataConfig.none() : file;
        if (source == DataSource.FILE && file.path() == null) {
            throw new IllegalArgumentException("file.path is required when source is \"file\"");
        }
    }

    public static DataConfig notebookBlobs() {
        return new DataConfig(DataSource.BLOBS, BlobsConfig.notebook(), FileDataConfig.none());
    }
}
