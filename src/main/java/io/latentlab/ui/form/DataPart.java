package io.latentlab.ui.form;

import io.latentlab.core.config.BlobsConfig;
import io.latentlab.core.config.DataConfig;
import io.latentlab.core.config.ExperimentConfig;
import io.latentlab.core.config.FileDataConfig;
import io.latentlab.core.config.SplitConfig;
import java.util.List;
import java.util.Map;

/**
 * The data and split records a {@link ParameterForm}'s data fields describe, built apart from its training fields so
 * that the window knows what data the form asks for even while a training field is invalid.
 */
record DataPart(DataConfig data, SplitConfig split) {

    /** {@code part} with {@code base}'s other settings (scaling, PCA, metrics, autoencoder); null if they clash. */
    static ExperimentConfig withLoadedTraining(DataPart part, ExperimentConfig base) {
        if (part == null) {
            return null;
        }
        try {
            return new ExperimentConfig(
                    part.data(), part.split(), base.scaling(), base.pca(), base.metrics(), base.autoencoder());
        } catch (IllegalArgumentException e) {
            return null; // the data part does not fit the loaded experiment's others; hasDataProblem() decides
        }
    }

    /** The data and split records {@code f}'s data fields describe over {@code base}; null when one is invalid. */
    static DataPart assemble(ParameterForm f, ExperimentConfig base, Map<FormField, String> errors) {
        int before = errors.size();
        Integer nSamples = FieldText.parseInt(f.samples, errors);
        Integer nFeatures = FieldText.parseInt(f.features, errors);
        Integer nClusters = FieldText.parseInt(f.clusters, errors);
        List<Double> std = FieldText.parseNumbers(f.clusterStd, errors);
        List<Double> box = FieldText.parseNumbers(f.centerBox, errors);
        Long seed = FieldText.parseLong(f.dataSeed, errors);
        Double test = FieldText.parseDouble(f.testFraction, errors);
        Long sSeed = FieldText.parseLong(f.splitSeed, errors);
        Integer subset = f.trainRows.text().isEmpty() ? null : FieldText.parseInt(f.trainRows, errors);
        if (errors.size() > before) {
            return null;
        }
        BlobsConfig oldBlobs = base.data().blobs();
        // Explicit centres from a loaded file win over the cluster/feature fields only while those are unchanged.
        boolean keepCenters =
                !oldBlobs.centers().isEmpty() && nClusters == oldBlobs.clusters() && nFeatures == oldBlobs.features();
        BlobsConfig blobs = f.attempt(
                errors,
                "data.blobs",
                () -> new BlobsConfig(
                        nSamples,
                        nFeatures,
                        nClusters,
                        keepCenters ? oldBlobs.centers() : List.of(),
                        std,
                        box,
                        oldBlobs.shuffle(),
                        seed));
        FileDataConfig file = base.data().file();
        if (f.filePath.get() != null && !f.filePath.get().equals(file.path())) {
            // A newly opened file is read with the defaults (detect header and delimiter, labels last), not with
            // the options of the file the loaded experiment used.
            file = FileDataConfig.of(f.filePath.get());
        }
        FileDataConfig opened = file;
        FileDataConfig chosenFile = f.attempt(errors, "data.file", () -> opened.withImageShape(f.imageShape.text()));
        DataConfig data = f.attempt(errors, "data", () -> new DataConfig(f.source.get(), blobs, chosenFile, subset));
        SplitConfig split = f.attempt(
                errors, "split", () -> new SplitConfig(test, sSeed, base.split().stratify()));
        return errors.size() > before ? null : new DataPart(data, split);
    }
}
