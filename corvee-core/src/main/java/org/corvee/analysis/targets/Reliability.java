package org.corvee.analysis.targets;


/**
 * How far a target's source can be trusted (MODEL.md): A = official or UN document, B = major
 * outlet citing officials, C = single anonymous-source report. The weight is the target's
 * share in the calibration distance; halving per grade is a documented choice, not a fact.
 */
public enum Reliability {
    A(1.0), B(0.5), C(0.25);

    private final double weight;

    Reliability(double weight) {
        this.weight = weight;
    }

    /** Weight in the distance. */
    public double weight() {
        return weight;
    }
}
