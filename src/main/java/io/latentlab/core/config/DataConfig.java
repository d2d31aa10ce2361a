package io.latentlab.core.config;

import io.latentlab.core.validation.InvalidValueException;

/** Which data and its parameters; only the section matching {@code source} is used. */
public record DataConfig(DataSource source, BlobsConfig blobs, FileDataConfig file) {

    public DataConfig {
        if (source == null) {
            throw InvalidValueException.notSet("source");
        }
        blobs = blobs == null ? BlobsConfig.notebook() : blobs;
        file = file == null ? FileDataConfig.none() : file;
        if (source == DataSource.FILE && file.path() == null) {
            throw new InvalidValueException("file.path", "is required when source is \"file\"");
        }
    }

    public static DataConfig notebookBlobs() {
        return new DataConfig(DataSource.BLOBS, BlobsConfig.notebook(), FileDataConfig.none());
    }
}
