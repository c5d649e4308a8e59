package org.corvee.model.people;

import org.corvee.engine.ParallelRanges;
import org.corvee.model.world.PersonFlags;
import org.corvee.model.world.Status;

/**
 * The person table: one row per agent, one primitive array per attribute (struct of arrays).
 *
 * <p>Rows are built ordered by province, then urban before rural, then household, so every
 * household starts as a contiguous id range and most social ties point to nearby rows. Rows
 * never move: who lives with whom is the {@link #households} membership, which births,
 * deaths and marriages change without touching anything that holds row ids. Hot loops read
 * only the columns they need.
 *
 * <p>Invariants: every person belongs to exactly one household; {@code status} is one of the
 * {@link Status} codes; savings and debt are never negative; belief confidence is in [0, 1].
 * Arrays are public and final for the phases' hot loops; phases write only the rows of
 * their own chunk (parallel phases) or run sequentially.
 */
public final class Population {
    /** First absolute month (year * 12 + month - 1) of the birth-month encoding. */
    public static final int BIRTH_BASE = 1850 * 12;

    /**
     * Number of rows: the persons built at the start and the spare rows for births (X1
     * fertility). A row that holds nobody has status {@link Status#VACANT}.
     */
    public final int size;
    /** Rows filled when the world was built: rows [built, size) start vacant. */
    public final int built;
    /** Province ordinal. */
    public final byte[] province;
    /** 0 female, 1 male. */
    public final byte[] sex;
    /** Songbun ordinal. */
    public final byte[] songbun;
    /** 1 urban, 0 rural. */
    public final byte[] urban;
    /** Birth month as absolute month minus {@link #BIRTH_BASE}; age needs no monthly update. */
    public final short[] birth;
    /**
     * Month of death at home, encoded like {@link #birth} (absolute month minus
     * {@link #BIRTH_BASE}); drawn from the life table (X1). {@link Short#MAX_VALUE}: never.
     */
    public final short[] death;
    /** Household id ({@link Households#of}). */
    public final int[] household;
    /** Who lives with whom: each household's members ({@link Households}). */
    public final Households households;

    /** Dispatch status ({@link Status}). */
    public final byte[] status;
    /** Destination ordinal while selected or abroad; -1 otherwise. */
    public final byte[] destination;
    /** Month index of the next scheduled transition (departure, contract end). */
    public final short[] due;

    /** Expected net monthly pay abroad in USD (X3 belief value). */
    public final float[] belief;
    /** Confidence in that belief, 0..1 (X3). */
    public final float[] confidence;
    /** Month index in which this person last heard a first- or second-hand account; -1 never. */
    public final short[] heard;
    /** Month index of the latest departure abroad (may be negative for those already abroad at the start). */
    public final short[] departed;
    /** Month index of return from abroad; -1 never returned. */
    public final short[] returned;
    /** Net pay per month actually kept abroad (first-hand knowledge), USD; 0 if never abroad. */
    public final float[] kept;

    /** Savings in USD. */
    public final float[] savings;
    /** Debt in USD (from borrowing the bribe). */
    public final float[] debt;

    /** Hardship-posting status ({@code org.corvee.model.world.PostingStatus}); 0 never assigned. */
    public final byte[] posting;
    /** Posting cohort id; meaningful only while {@link #posting} is not 0. */
    public final short[] cohort;
    /** Loyalty to the state, 0..100 (X4, OD6, OD10). */
    public final byte[] loyalty;
    /** Resentment, 0..1 (X4, OD5); grows abroad with hardship and withheld wages. */
    public final float[] resentment;
    /** Perceived risk of going abroad, as a cost in USD per contract month (OD7). */
    public final float[] risk;
    /** Bit flags ({@link PersonFlags}): defector in the family, soldier-labourer. */
    public final byte[] flags;
    /** Worksite index within the destination; meaningful only while abroad (OD6). */
    public final short[] worksite;
    /**
     * Number of months of fading at home already applied to the stored {@link #confidence}
     * (its base month, X3; kept by {@link #memory}, which keeps resentment's apart).
     */
    public final short[] settled;
    /**
     * The lazy fading of {@link #confidence} and {@link #resentment} at home (X3, X4): those two
     * columns hold each row's value as of its base month; read them through
     * {@link #confidenceNow}/{@link #resentmentNow} and settle before writing them.
     */
    public final HomeMemory memory;

    /** A table of {@code size} persons, every row filled by the caller, in {@code households} households. */
    public Population(int size, int households) {
        this(size, 0, households);
    }

    /**
     * A table of {@code built} persons (filled by the caller) and {@code spare} vacant rows for
     * births, in {@code households} households.
     */
    public Population(int built, int spare, int households) {
        this(built, spare, households, null);
    }

    /**
     * As {@link #Population(int, int, int)}, the columns allocated on {@code ranges}' workers
     * side by side (on this thread if null): the first touch of a fresh page costs the kernel
     * time (zeroing it; on a virtual machine, also backing it), one thread a page, and the table
     * is most of a world's memory.
     */
    public Population(int built, int spare, int households, ParallelRanges ranges) {
        int size = built + spare;
        this.size = size;
        this.built = built;
        Object[] made = new Object[ALLOCATIONS + 2];
        if (ranges == null) {
            for (int k = 0; k < ALLOCATIONS; k++) {
                allocate(k, made, size, households);
            }
        } else {
            ranges.run(ALLOCATIONS, 1, new long[0], (c, from, to, counters) -> {
                for (int k = from; k < to; k++) {
                    allocate(k, made, size, households);
                }
            });
        }
        this.households = (Households) made[0];
        household = (int[]) made[1];
        memory = (HomeMemory) made[2];
        settled = (short[]) made[3];
        province = (byte[]) made[4];
        sex = (byte[]) made[5];
        songbun = (byte[]) made[6];
        urban = (byte[]) made[7];
        birth = (short[]) made[8];
        death = (short[]) made[9];
        status = (byte[]) made[10];
        destination = (byte[]) made[11];
        due = (short[]) made[12];
        belief = (float[]) made[13];
        confidence = (float[]) made[14];
        heard = (short[]) made[15];
        returned = (short[]) made[16];
        departed = (short[]) made[17];
        kept = (float[]) made[18];
        savings = (float[]) made[19];
        debt = (float[]) made[20];
        posting = (byte[]) made[21];
        cohort = (short[]) made[22];
        loyalty = (byte[]) made[23];
        resentment = (float[]) made[24];
        risk = (float[]) made[25];
        flags = (byte[]) made[26];
        worksite = (short[]) made[27];
        for (int i = built; i < size; i++) {
            vacate(i);
        }
    }

    /** The allocations of a table's columns: the first two make two slots each (a column and what it serves). */
    private static final int ALLOCATIONS = 26;

    /** Makes allocation {@code k} of a table of {@code size} rows into its slot(s) of {@code made}. */
    private static void allocate(int k, Object[] made, int size, int households) {
        switch (k) {
            case 0 -> {
                int[] household = new int[size];
                made[1] = household;
                made[0] = new Households(household, households);
            }
            case 1 -> {
                short[] settled = new short[size];
                made[3] = settled;
                made[2] = new HomeMemory(settled);
            }
            case 2 -> made[4] = new byte[size]; // province
            case 3 -> made[5] = new byte[size]; // sex
            case 4 -> made[6] = new byte[size]; // songbun
            case 5 -> made[7] = new byte[size]; // urban
            case 6 -> made[8] = new short[size]; // birth
            case 7 -> { // death, "never" until drawn
                short[] death = new short[size];
                java.util.Arrays.fill(death, Short.MAX_VALUE);
                made[9] = death;
            }
            case 8 -> made[10] = new byte[size]; // status
            case 9 -> made[11] = new byte[size]; // destination
            case 10 -> made[12] = new short[size]; // due
            case 11 -> made[13] = new float[size]; // belief
            case 12 -> made[14] = new float[size]; // confidence
            case 13 -> made[15] = new short[size]; // heard
            case 14 -> made[16] = new short[size]; // returned
            case 15 -> made[17] = new short[size]; // departed
            case 16 -> made[18] = new float[size]; // kept
            case 17 -> made[19] = new float[size]; // savings
            case 18 -> made[20] = new float[size]; // debt
            case 19 -> made[21] = new byte[size]; // posting
            case 20 -> made[22] = new short[size]; // cohort
            case 21 -> made[23] = new byte[size]; // loyalty
            case 22 -> made[24] = new float[size]; // resentment
            case 23 -> made[25] = new float[size]; // risk
            case 24 -> made[26] = new byte[size]; // flags
            case 25 -> made[27] = new short[size]; // worksite
            default -> throw new IllegalArgumentException("no allocation " + k);
        }
    }

    /** Row {@code i} holds nobody ({@link Status#VACANT}): outside every count and rule. */
    public void vacate(int i) {
        status[i] = Status.VACANT;
        destination[i] = -1;
        death[i] = Short.MAX_VALUE;
        heard[i] = -1;
        returned[i] = -1;
        posting[i] = 0;
        flags[i] = 0;
        risk[i] = 0;
    }

    /** Brings row {@code i}'s confidence and resentment up to date ({@link HomeMemory#settle}). */
    public void settle(int i) {
        memory.settle(this, i);
    }

    /** Row {@code i}'s confidence now (a read: writes nothing, {@link HomeMemory#confidence}). */
    public float confidenceNow(int i) {
        return memory.confidence(this, i);
    }

    /** Row {@code i}'s resentment now (a read: writes nothing, {@link HomeMemory#resentment}). */
    public float resentmentNow(int i) {
        return memory.resentment(this, i);
    }

    /** Living persons (not vacant, not dead or defected abroad); a scan of the status column. */
    public int living() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            byte st = status[i];
            n += st < Status.DEAD || st == Status.SERVICE ? 1 : 0;
        }
        return n;
    }

    /** Age in whole years at absolute month {@code absMonth}. */
    public int age(int i, int absMonth) {
        return (absMonth - BIRTH_BASE - birth[i]) / 12;
    }

    /** Bytes per person held by the columns (excluding the household lists). */
    public static int bytesPerPerson() {
        return 1 + 1 + 1 + 1 + 2 + 2 + 4 + 1 + 1 + 2 + 4 + 4 + 2 + 2 + 2 + 4 + 4 + 4
                + 1 + 2 + 1 + 4 + 4 + 1 + 2
                + 2;
    }

    /** Bytes held by all columns and the household lists. */
    public long bytes() {
        return (long) size * bytesPerPerson() + households.bytes();
    }
}
