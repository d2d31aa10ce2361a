package io.latentlab.core.ae;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A model read back from a weights file.
 *
 * @param training the file's training summary as written, or a missing node ({@code training.isMissingNode()}) when
 *                 the file has none
 */
public record SavedModel(TrainedAutoencoder model, Preprocessing preprocessing, JsonNode training) {}
