package io.latentlab.core.ae;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Element-wise activation of a layer. Derivatives are expressed through the activation's <em>output</em>
 * (as scikit-learn does), so training only keeps post-activation values.
 */
public enum Activation {
    RELU,
    /** Slope {@value #LEAKY_SLOPE} for negative inputs. */
    LEAKY_RELU,
    /** ELU with alpha 1. */
    ELU,
    TANH,
    SIGMOID,
    /** Identity; "identity" (scikit-learn's name) is read as an alias. */
    LINEAR;

    public static final double LEAKY_SLOPE = 0.01;

    @JsonValue
    public String id() {
        return JsonIds.id(this);
    }

    @JsonCreator
    public static Activation fromId(String id) {
        if (id != null && id.trim().equalsIgnoreCase("identity")) {
            return LINEAR;
        }
        return JsonIds.parse(Activation.class, id, "activation");
    }

    public double apply(double z) {
        return switch (this) {
            case RELU -> z > 0 ? z : 0.0;
            case LEAKY_RELU -> z > 0 ? z : LEAKY_SLOPE * z;
            case ELU -> z > 0 ? z : Math.expm1(z);
            case TANH -> Math.tanh(z);
            case SIGMOID -> 1.0 / (1.0 + Math.exp(-z));
            case LINEAR -> z;
        };
    }

    /** d activation / d z, given the activation's output {@code a}. */
    public double derivativeFromOutput(double a) {
        return switch (this) {
            case RELU -> a > 0 ? 1.0 : 0.0;
            case LEAKY_RELU -> a > 0 ? 1.0 : LEAKY_SLOPE;
            case ELU -> a > 0 ? 1.0 : a + 1.0;
            case TANH -> 1.0 - a * a;
            case SIGMOID -> a * (1.0 - a);
            case LINEAR -> 1.0;
        };
    }
}
