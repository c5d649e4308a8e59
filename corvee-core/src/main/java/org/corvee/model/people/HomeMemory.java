package org.corvee.model.people;

import java.util.Arrays;
import org.corvee.engine.IntList;
import org.corvee.engine.RowLoads;
import org.corvee.model.world.Status;

/**
 * The fading of confidence and resentment at home (X3, X4), applied lazily. Each month the
 * belief-memory phase multiplies the confidence of every person not abroad (status below
 * {@link Status#ABROAD}) by {@code 1 − beliefs.confidence_decay} and a positive resentment by
 * {@code 1 − conditions.resentment_recovery_home}. The decay is deterministic, so instead of
 * touching everyone, the phase only {@link #record records} the month's two factors, kept as
 * cumulative sums of their logarithms (and counts of zero factors). Each row stores a base
 * value and its base month for each of the two columns ({@link Population#settled} for
 * confidence, a second month column here for resentment); its value now is the base times the
 * product of the factors of the months since, {@code exp(L[now] − L[base])} (a row one month
 * behind: that month's factor), exact for rates that change from month to month. A month then
 * costs only the persons who act in it.
 *
 * <p>Path-independent: a read ({@link #confidence}, {@link #resentment}) writes nothing, so a
 * value does not depend on when or how often the row was read (the earlier form stored the
 * faded value at every read and so rounded by the months of the reads). A new base is taken only where the model writes: an account
 * heard settles the confidence alone ({@link #settleConfidence}); leaving home, coming back and
 * coming of age settle both ({@link #settle}).
 *
 * <p>The values equal those of the former monthly pass up to float rounding: that pass rounded
 * to float after every month's multiplication, this applies the product once per base (relative
 * difference below {@code months × 2⁻²⁴}, a few 10⁻⁶ over a run; tested). With the mechanism
 * off every factor is 1 and the values are unchanged exactly.
 *
 * <p>Rules: settle a row's column before writing it, and settle both when the row crosses
 * between home and abroad (a departure settles the months at home; a homecoming restarts the
 * count, since nothing fades at home while abroad); read through {@link #confidence} and
 * {@link #resentment} (or {@link Population#confidenceNow}); a fresh value (a newborn, a
 * returnee, a person coming of age) restarts the count with {@link #fresh} or
 * {@link #freshNextMonth}. Rows write only themselves, so settling is safe in parallel chunks.
 * Costs four bytes per person (two base months, shorts: at most 32767 months).
 */
public final class HomeMemory {
    /** The base month of each row's stored confidence ({@link Population#settled}). */
    private final short[] settled;
    /** The base month of each row's stored resentment: apart, so an account heard leaves it alone. */
    private final short[] resentmentSettled;
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
        this.resentmentSettled = new short[settled.length];
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
     * Row {@code i}'s confidence now: the stored value faded by the months recorded since its
     * base month if the person is at home; a person abroad, dead or defected keeps their value.
     * Writes nothing, so the value does not depend on when or how often the row is read.
     */
    public float confidence(Population pop, int i) {
        return confidence(pop, i, null);
    }

    /**
     * The fading of confidence from each base month to now, for {@link #confidence(Population,
     * int, double[])}: element {@code from} is {@code exp(L[now] − L[from])} for every base month
     * below the months recorded. A reader of many rows in one month (the application round) takes
     * it once instead of an exponential per row; the values are the very doubles that
     * {@link #confidence(Population, int)} computes, so the results are the same bit for bit.
     * Valid until the next {@link #record}.
     */
    public double[] confidenceFades() {
        int to = recorded;
        double[] fades = new double[to];
        for (int from = 0; from < to; from++) {
            fades[from] = Math.exp(logKeepConfidence[to] - logKeepConfidence[from]);
        }
        return fades;
    }

    /**
     * As {@link #confidence(Population, int)}, with this month's {@link #confidenceFades} taken
     * once; {@code fades} null: the fading's exponential worked out here (the same double).
     */
    public float confidence(Population pop, int i, double[] fades) {
        int from = settled[i];
        int to = recorded;
        float c = pop.confidence[i];
        if (from >= to || c == 0 || pop.status[i] >= Status.ABROAD) {
            return c;
        }
        if (to - from == 1) {
            return c * keepConfidence[from];
        }
        if (zeroConfidence[to] > zeroConfidence[from]) {
            return 0f;
        }
        double fade = fades != null ? fades[from] : Math.exp(logKeepConfidence[to] - logKeepConfidence[from]);
        return (float) (c * fade);
    }

    /** Row {@code i}'s resentment now, as {@link #confidence}: a read that writes nothing. */
    public float resentment(Population pop, int i) {
        int from = resentmentSettled[i];
        int to = recorded;
        float r = pop.resentment[i];
        if (from >= to || r <= 0 || pop.status[i] >= Status.ABROAD) {
            return r;
        }
        if (to - from == 1) {
            return r * keepResentment[from];
        }
        return zeroResentment[to] > zeroResentment[from] ? 0f
                : (float) (r * Math.exp(logKeepResentment[to] - logKeepResentment[from]));
    }

    /**
     * Brings row {@code i}'s stored confidence and resentment up to date (a new base at this
     * month): before they are written, and when the person leaves home or comes back.
     */
    public void settle(Population pop, int i) {
        settleConfidence(pop, i);
        if (resentmentSettled[i] < recorded) {
            pop.resentment[i] = resentment(pop, i);
            resentmentSettled[i] = (short) recorded;
        }
    }

    /** Brings row {@code i}'s stored confidence alone up to date, before it is written (an account heard). */
    public void settleConfidence(Population pop, int i) {
        if (settled[i] < recorded) {
            pop.confidence[i] = confidence(pop, i);
            settled[i] = (short) recorded;
        }
    }

    /**
     * Reads every column {@link #settle} reads at the rows in positions [from, to) of
     * {@code rows}, ahead of settling them ({@link RowLoads}); returns a meaningless mix.
     */
    public long load(Population pop, IntList rows, int from, int to) {
        return RowLoads.of(rows, from, to, settled) + RowLoads.of(rows, from, to, resentmentSettled)
                + RowLoads.of(rows, from, to, pop.confidence) + RowLoads.of(rows, from, to, pop.resentment);
    }

    /** Settles every row (at the end of a run, so the table holds the values the model means). */
    public void settleAll(Population pop) {
        for (int i = 0; i < pop.size; i++) {
            settle(pop, i);
        }
    }

    /**
     * Reads row {@code i}'s two base months, to bring them into cache ahead of a write
     * ({@link #fresh}); returns a meaningless mix.
     */
    public long load(int i) {
        return settled[i] + resentmentSettled[i];
    }

    /** Row {@code i}'s values were just set afresh: they fade from the next month recorded. */
    public void fresh(int i) {
        settled[i] = (short) recorded;
        resentmentSettled[i] = (short) recorded;
    }

    /** Row {@code i}'s values were set afresh during this month's memory step: they start fading next month. */
    public void freshNextMonth(int i) {
        settled[i] = (short) (recorded + 1);
        resentmentSettled[i] = (short) (recorded + 1);
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
