package io.latentlab.ui.lab;

import io.latentlab.core.ae.AutoencoderConfig;
import io.latentlab.core.ae.TrainingResult;
import io.latentlab.core.ae.TrainingSession;
import io.latentlab.core.pipeline.Baseline;

/**
 * A trained model that was thrown away, with what it was trained on, so it can be brought back: the form's training
 * settings when it last started, its session when it can go on training (else null) and what brings back its
 * timeline.
 */
record DiscardedModel(
        Baseline baseline,
        TrainingResult result,
        LossHistory history,
        AutoencoderConfig settings,
        TrainingSession session,
        Runnable timeline) {}
