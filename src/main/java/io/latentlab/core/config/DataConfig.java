package io.latentlab.core.config;

import io.latentlab.core.validation.InvalidValueException;

/**
 * Which data and its parameters; only the section matching {@code source} is used.
 *
 * @param trainRows for data with its own split (Fashion-MNIST, a train and a test file): train on a deterministic
 *                  subset of this many training rows (drawn with the split's seed); null or 0 for all. The test
 *                  rows stay whole.
 */
public record DataConfig(DataSource source, BlobsConfig blobs, FileDataConfig file, Integer trainRows) {

    public DataConfig(DataSource source, BlobsConfig blobs, FileDataConfig file) {
        this(source, blobs, file, null);
    }

    public DataConfig {
        if (trainRows != null && trainRows == 0) {
            trainRows = null;
        }
        if (trainRows != null && trainRows < 2) {
            throw new InvalidValueException("trainRows", "must be at least 2 (or 0 for all rows), got " + trainRows);
        }
        if (source == null) {
            throw InvalidValueException.notSet("source");
        }
        blobs = blobs == null ? BlobsConfig.notebook() : blobs;
        file = file == null ? FileDataConfig.none() : file;
        if (source == DataSource.FILE && file.path() == null) {
            throw new InvalidValueException("file.path", "is required when source is \"file\"");
        }
    }

    public DataConfig withSource(DataSource newSource) {
        return new DataConfig(newSource, blobs, file, trainRows);
    }

    public DataConfig withTrainRows(Integer rows) {
        return new DataConfig(source, blobs, file, rows);
    }

    public static DataConfig notebookBlobs() {
        return new DataConfig(DataSource.BLOBS, BlobsConfig.notebook(), FileDataConfig.none());
    }
}
