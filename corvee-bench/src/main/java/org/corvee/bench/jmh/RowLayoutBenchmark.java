package org.corvee.bench.jmh;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.corvee.model.people.Population;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the person table's layout costs the scattered work of the simulation (issue 15): the
 * remaining time of a month at full scale is spent at rows picked far apart (a birth in the row
 * a death freed, a mother's or a spouse's pick, a listener's account), where each column of
 * {@link Population} read or written is a cache line of its own. This benchmark puts the same
 * 27 fields (Population's columns and the home memory's two settled months, {@value #ROW_BYTES}
 * bytes a row at most) in two layouts and times, per row picked at random:
 *
 * <ul>
 *   <li>{@code newborn}: every field written, as a birth writes them ({@code Newborn});
 *   <li>{@code pick}: birth, sex, status and posting read, as the mothers' picks read them
 *       ({@code Births.mothers});
 *   <li>{@code account}: belief, confidence, heard and settled read and written, as an account
 *       heard changes them (word of mouth).
 * </ul>
 *
 * <p>Layouts: {@code columns}, an array per field as the model holds them today, and
 * {@code rows}, one record of 64 bytes per person in a {@code byte[]} read through
 * {@link MethodHandles#byteArrayViewVarHandle} views. The score is nanoseconds per row on one
 * thread; rows are drawn once per trial, 1,024 per call, the calls walking through a million
 * draws so that the rows touched are cold. The two layouts are measured in separate forks at
 * the same number of rows (2,334,986 and 23,349,859: the baseline at scales 0.1 and 1.0, sized
 * as {@code Population} is with its spare rows left out).
 *
 * <pre>
 * java -jar corvee-bench/target/corvee-bench.jar RowLayoutBenchmark -p rows=23349859
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+UseParallelGC", "-XX:+UseTransparentHugePages"})
public class RowLayoutBenchmark {
    /** Bytes a row of the packed layout: the fields below fit, aligned to their widths. */
    static final int ROW_BYTES = 64;
    /** Rows per call. */
    static final int BATCH = 1024;
    private static final int DRAWS = 1 << 20;
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);

    // offsets in the packed row: 4-byte fields first, then 2-byte, then 1-byte (61 bytes used)
    private static final int HOUSEHOLD = 0;
    private static final int BELIEF = 4;
    private static final int CONFIDENCE = 8;
    private static final int KEPT = 12;
    private static final int SAVINGS = 16;
    private static final int DEBT = 20;
    private static final int RESENTMENT = 24;
    private static final int RISK = 28;
    private static final int BIRTH = 32;
    private static final int DEATH = 34;
    private static final int DUE = 36;
    private static final int HEARD = 38;
    private static final int DEPARTED = 40;
    private static final int RETURNED = 42;
    private static final int COHORT = 44;
    private static final int WORKSITE = 46;
    private static final int SETTLED = 48;
    private static final int RESENTMENT_SETTLED = 50;
    private static final int PROVINCE = 52;
    private static final int SEX = 53;
    private static final int SONGBUN = 54;
    private static final int URBAN = 55;
    private static final int STATUS = 56;
    private static final int DESTINATION = 57;
    private static final int POSTING = 58;
    private static final int LOYALTY = 59;
    private static final int FLAGS = 60;
    /** Bytes of the fields above: Population's columns and the home memory's second settled month. */
    static final int FIELD_BYTES = 61;

    @Param({"2334986", "23349859"})
    public int rows;

    @Param({"columns", "rows"})
    public String layout;

    private byte[] province, sex, songbun, urban, status, destination, posting, loyalty, flags;
    private short[] birth, death, due, heard, departed, returned, cohort, worksite, settled, resentmentSettled;
    private int[] household;
    private float[] belief, confidence, kept, savings, debt, resentment, risk;
    private byte[] packed;
    private int[] drawn;
    private int next;

    @Setup(Level.Trial)
    public void allocate() {
        if (Population.bytesPerPerson() + 2 != FIELD_BYTES) {
            // the home memory keeps a second settled month (2 bytes) beside Population's columns
            throw new IllegalStateException("Population's columns changed (" + Population.bytesPerPerson()
                    + " bytes a person): update RowLayoutBenchmark's fields");
        }
        if ("columns".equals(layout)) {
            province = new byte[rows];
            sex = new byte[rows];
            songbun = new byte[rows];
            urban = new byte[rows];
            status = new byte[rows];
            destination = new byte[rows];
            posting = new byte[rows];
            loyalty = new byte[rows];
            flags = new byte[rows];
            birth = new short[rows];
            death = new short[rows];
            due = new short[rows];
            heard = new short[rows];
            departed = new short[rows];
            returned = new short[rows];
            cohort = new short[rows];
            worksite = new short[rows];
            settled = new short[rows];
            resentmentSettled = new short[rows];
            household = new int[rows];
            belief = new float[rows];
            confidence = new float[rows];
            kept = new float[rows];
            savings = new float[rows];
            debt = new float[rows];
            resentment = new float[rows];
            risk = new float[rows];
        } else if ("rows".equals(layout)) {
            packed = new byte[Math.multiplyExact(rows, ROW_BYTES)];
        } else {
            throw new IllegalArgumentException("layout: columns or rows, not " + layout);
        }
        drawn = new int[DRAWS];
        SplittableRandom r = new SplittableRandom(15);
        for (int k = 0; k < DRAWS; k++) {
            drawn[k] = r.nextInt(rows);
        }
    }

    private int batch() {
        int from = next;
        next = (next + BATCH) & (DRAWS - 1);
        return from;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void newborn() {
        int from = batch();
        if (packed == null) {
            for (int k = from; k < from + BATCH; k++) {
                int i = drawn[k];
                province[i] = (byte) k;
                sex[i] = (byte) (k & 1);
                songbun[i] = 1;
                urban[i] = 1;
                birth[i] = (short) k;
                death[i] = (short) (k + 800);
                household[i] = k;
                loyalty[i] = 50;
                belief[i] = k;
                confidence[i] = 0.5f;
                savings[i] = k;
                debt[i] = 0;
                status[i] = 1;
                destination[i] = -1;
                due[i] = 0;
                departed[i] = 0;
                heard[i] = -1;
                returned[i] = -1;
                kept[i] = 0;
                posting[i] = 0;
                cohort[i] = 0;
                resentment[i] = 0;
                risk[i] = 0;
                flags[i] = 0;
                worksite[i] = 0;
                settled[i] = (short) k;
                resentmentSettled[i] = (short) k;
            }
        } else {
            byte[] p = packed;
            for (int k = from; k < from + BATCH; k++) {
                int o = drawn[k] * ROW_BYTES;
                p[o + PROVINCE] = (byte) k;
                p[o + SEX] = (byte) (k & 1);
                p[o + SONGBUN] = 1;
                p[o + URBAN] = 1;
                SHORT.set(p, o + BIRTH, (short) k);
                SHORT.set(p, o + DEATH, (short) (k + 800));
                INT.set(p, o + HOUSEHOLD, k);
                p[o + LOYALTY] = 50;
                FLOAT.set(p, o + BELIEF, (float) k);
                FLOAT.set(p, o + CONFIDENCE, 0.5f);
                FLOAT.set(p, o + SAVINGS, (float) k);
                FLOAT.set(p, o + DEBT, 0f);
                p[o + STATUS] = 1;
                p[o + DESTINATION] = -1;
                SHORT.set(p, o + DUE, (short) 0);
                SHORT.set(p, o + DEPARTED, (short) 0);
                SHORT.set(p, o + HEARD, (short) -1);
                SHORT.set(p, o + RETURNED, (short) -1);
                FLOAT.set(p, o + KEPT, 0f);
                p[o + POSTING] = 0;
                SHORT.set(p, o + COHORT, (short) 0);
                FLOAT.set(p, o + RESENTMENT, 0f);
                FLOAT.set(p, o + RISK, 0f);
                p[o + FLAGS] = 0;
                SHORT.set(p, o + WORKSITE, (short) 0);
                SHORT.set(p, o + SETTLED, (short) k);
                SHORT.set(p, o + RESENTMENT_SETTLED, (short) k);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int pick() {
        int from = batch();
        int found = 0;
        if (packed == null) {
            for (int k = from; k < from + BATCH; k++) {
                int i = drawn[k];
                // all four read, as for a filed woman (her birth month matches, so every test is made)
                found += birth[i] + sex[i] + status[i] + posting[i];
            }
        } else {
            byte[] p = packed;
            for (int k = from; k < from + BATCH; k++) {
                int o = drawn[k] * ROW_BYTES;
                found += (short) SHORT.get(p, o + BIRTH) + p[o + SEX] + p[o + STATUS] + p[o + POSTING];
            }
        }
        return found;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void account() {
        int from = batch();
        if (packed == null) {
            for (int k = from; k < from + BATCH; k++) {
                int i = drawn[k];
                float c = confidence[i];
                belief[i] = belief[i] * (1 - c) + 300 * c;
                confidence[i] = Math.min(1, c + 0.1f);
                heard[i] = (short) k;
                settled[i] = (short) k;
            }
        } else {
            byte[] p = packed;
            for (int k = from; k < from + BATCH; k++) {
                int o = drawn[k] * ROW_BYTES;
                float c = (float) FLOAT.get(p, o + CONFIDENCE);
                FLOAT.set(p, o + BELIEF, (float) FLOAT.get(p, o + BELIEF) * (1 - c) + 300 * c);
                FLOAT.set(p, o + CONFIDENCE, Math.min(1, c + 0.1f));
                SHORT.set(p, o + HEARD, (short) k);
                SHORT.set(p, o + SETTLED, (short) k);
            }
        }
    }
}
