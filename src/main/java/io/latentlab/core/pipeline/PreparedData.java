package io.latentlab.core.pipeline;

import io.latentlab.core.ae.Preprocessing;
import io.latentlab.core.data.Dataset;
import io.latentlab.core.data.Scaler;

/**
 * Data ready for projection: the raw and the scaled train/test parts and the scaler fitted on train.
 *
 * @param preSplit true when train and test came from two files rather than a split
 */
public record PreparedData(
        String name, Dataset rawTrain, Dataset rawTest, Dataset train, Dataset test, Scaler scaler, boolean preSplit) {

    public int features() {
        return train.features();
    }

    /** The scaler as exported with a model's weights, so the model applies to new raw rows elsewhere. */
    public Preprocessing preprocessing() {
        return new Preprocessing(scaler.method().id(), scaler.parameters());
    }
}
