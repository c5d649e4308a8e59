package org.corvee.model.people;

import java.util.Arrays;
import org.corvee.model.world.Status;

/**
 * The fading of confidence and resentment at home (X3, X4), applied lazily. Each month the
 * belief-memory phase multiplies the confidence of every person not abroad (status below
 * {@link Status#ABROAD}) by {@code 1 − beliefs.confidence_decay} and a positive resentment by
 * {@code 1 − conditions.resentment_recovery_home}. The decay is deterministic, so instead of
 * touching everyone, the phase only {@link #record records} the month's two factors, kept as
 * cumulative sums of their logarithms (and counts of zero factors), and each row remembers up
 * to which month it has been brought up to date ({@link Population#settled}); a row is
 * {@link #settle settled} — multiplied by the product of the factors of the months it missed,
 * {@code exp(L[now] − L[then])} (a row one month behind: that month's factor), exact for rates
 * that change from month to month — whenever it
 * is read or written or leaves home. A month then costs only the persons who act in it.
 *
 * <p>The values equal those of the former monthly pass up to float rounding: that pass rounded
 * to float after every month's multiplication, this applies the product once (relative
 * difference below {@code months × 2⁻²⁴}, a few 10⁻⁶ over a run; tested). With the mechanism
 * off every factor is 1 and the values are unchanged exactly.
 *
 * <p>Rules: settle a row before reading or changing its confidence or resentment, and when it
 * crosses between home and abroad (a departure settles the months at home; a homecoming
 * restarts the count, since nothing fades at home while abroad); a fresh value (a newborn, a
 * returnee, a person coming of age) restarts the count with {@link #fresh} or
 * {@link #freshNextMonth}. Rows write only themselves, so settling is safe in parallel chunks.
 * Costs two bytes per person (the month settled, a short: at most 32767 months).
 */
public final class HomeMemory {
    private final short[] settled;
    /** logKeepConfidence[t]: sum of the logarithms of the positive factors of months before t. */
    private double[] logKeepConfidence = new double[33];
    private double[] logKeepResentment = new double[33];
    /** zeroConfidence[t]: number of months before t whose factor was 0 (the log would be −∞). */
    private int[] zeroConfidence = new int[33];
    private int[] zeroResentment = new int[33];
    /** The factors themselves: a row one month behind (the common case) takes one product. */
    private float[] keepConfidence = new float[33];
    private float[] keepResentment = new float[33];
    private int recorded;
    private RowsByMonth births;

    HomeMemory(short[] settled) {
        this.settled = settled;
    }

    /** Number of months whose factors are recorded (the next month to record). */
    public int recorded() {
        return recorded;
    }

    /**
     * Records month {@code month}'s factors (1 and 1 when the mechanism is off); months must be
     * recorded in order, once each.
     */
    public void record(int month, float keepConfidence, float keepResentment) {
        if (month != recorded) {
            throw new IllegalStateException("home memory: month " + month + " recorded after " + recorded + " months");
        }
        if (recorded + 1 == logKeepConfidence.length) {
            int n = logKeepConfidence.length * 2;
            logKeepConfidence = Arrays.copyOf(logKeepConfidence, n);
            logKeepResentment = Arrays.copyOf(logKeepResentment, n);
            zeroConfidence = Arrays.copyOf(zeroConfidence, n);
            zeroResentment = Arrays.copyOf(zeroResentment, n);
            this.keepConfidence = Arrays.copyOf(this.keepConfidence, n);
            this.keepResentment = Arrays.copyOf(this.keepResentment, n);
        }
        int t = recorded;
        this.keepConfidence[t] = keepConfidence;
        this.keepResentment[t] = keepResentment;
        logKeepConfidence[t + 1] = logKeepConfidence[t] + (keepConfidence > 0 ? Math.log(keepConfidence) : 0);
        zeroConfidence[t + 1] = zeroConfidence[t] + (keepConfidence > 0 ? 0 : 1);
        logKeepResentment[t + 1] = logKeepResentment[t] + (keepResentment > 0 ? Math.log(keepResentment) : 0);
        zeroResentment[t + 1] = zeroResentment[t] + (keepResentment > 0 ? 0 : 1);
        recorded++;
    }

    /**
     * Brings row {@code i} up to date with every recorded month: applies the product of the
     * factors of the months since it was last settled if the person is at home; a person
     * abroad, dead or defected keeps their values.
     */
    public void settle(Population pop, int i) {
        int from = settled[i];
        int to = recorded;
        if (from >= to) {
            return;
        }
        if (pop.status[i] < Status.ABROAD) {
            if (to - from == 1) {
                pop.confidence[i] *= keepConfidence[from];
                if (pop.resentment[i] > 0) {
                    pop.resentment[i] *= keepResentment[from];
                }
            } else {
                fade(pop, i, from, to);
            }
        }
        settled[i] = (short) to;
    }

    private void fade(Population pop, int i, int from, int to) {
        float c = pop.confidence[i];
        if (c != 0) {
            pop.confidence[i] = zeroConfidence[to] > zeroConfidence[from] ? 0f
                    : (float) (c * Math.exp(logKeepConfidence[to] - logKeepConfidence[from]));
        }
        float r = pop.resentment[i];
        if (r > 0) {
            pop.resentment[i] = zeroResentment[to] > zeroResentment[from] ? 0f
                    : (float) (r * Math.exp(logKeepResentment[to] - logKeepResentment[from]));
        }
    }

    /** Settles every row (at the end of a run, so the table holds the values the model means). */
    public void settleAll(Population pop) {
        for (int i = 0; i < pop.size; i++) {
            settle(pop, i);
        }
    }

    /** Row {@code i}'s values were just set afresh: they fade from the next month recorded. */
    public void fresh(int i) {
        settled[i] = (short) recorded;
    }

    /** Row {@code i}'s values were set afresh during this month's memory step: they start fading next month. */
    public void freshNextMonth(int i) {
        settled[i] = (short) (recorded + 1);
    }

    /** A child born into row {@code i} in {@code birthMonth} (birth encoding): fresh values, filed for coming of age. */
    public void born(int i, int birthMonth) {
        fresh(i);
        if (births != null) {
            births.add(birthMonth, i);
        }
    }

    /** The index of rows by birth month used to find those coming of age; null until the memory phase builds it. */
    public RowsByMonth births() {
        return births;
    }

    /** Installs the birth-month index (built once from the birth column; births then append to it). */
    public void useBirths(RowsByMonth births) {
        this.births = births;
    }
}
