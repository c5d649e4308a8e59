package org.corvee.model.people;

import java.util.Arrays;
import org.corvee.model.world.Status;

/**
 * The fading of confidence and resentment at home (X3, X4), applied lazily. Each month the
 * belief-memory phase multiplies the confidence of every person not abroad (status below
 * {@link Status#ABROAD}) by {@code 1 − beliefs.confidence_decay} and a positive resentment by
 * {@code 1 − conditions.resentment_recovery_home}. The decay is deterministic, so instead of
 * touching everyone, the phase only {@link #record records} the month's two factors and each
 * row remembers how many months it has been brought up to date with ({@link Population#settled}); a row
 * is {@link #settle settled} — the missing factors applied one by one, in float, exactly as the
 * monthly pass multiplied them — whenever it is read or written or leaves home. Results are
 * therefore identical bit for bit to the monthly pass, and a month costs only the persons who
 * act in it.
 *
 * <p>Rules that keep it exact: settle a row before reading or changing its confidence or
 * resentment, and when it crosses between home and abroad (a departure settles the months at
 * home; a homecoming restarts the count, since nothing fades at home while abroad); a fresh
 * value (a newborn, a returnee, a person coming of age) restarts the count with {@link #fresh}
 * or {@link #freshNextMonth}. Rows write only themselves, so settling is safe in parallel
 * chunks. Costs two bytes per person (the count, a short: at most 32767 months).
 */
public final class HomeMemory {
    private final short[] settled;
    private float[] keepConfidence = new float[32];
    private float[] keepResentment = new float[32];
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
        if (recorded == this.keepConfidence.length) {
            this.keepConfidence = Arrays.copyOf(this.keepConfidence, recorded * 2);
            this.keepResentment = Arrays.copyOf(this.keepResentment, recorded * 2);
        }
        this.keepConfidence[recorded] = keepConfidence;
        this.keepResentment[recorded] = keepResentment;
        recorded++;
    }

    /**
     * Brings row {@code i} up to date with every recorded month: applies the factors of the
     * months since it was last settled if the person is at home; a person abroad, dead or
     * defected keeps their values.
     */
    public void settle(Population pop, int i) {
        int from = settled[i];
        if (from >= recorded) {
            return;
        }
        if (pop.status[i] < Status.ABROAD) {
            float c = pop.confidence[i];
            float r = pop.resentment[i];
            for (int t = from; t < recorded; t++) {
                c *= keepConfidence[t];
                if (r > 0) {
                    r *= keepResentment[t];
                }
            }
            pop.confidence[i] = c;
            pop.resentment[i] = r;
        }
        settled[i] = (short) recorded;
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
