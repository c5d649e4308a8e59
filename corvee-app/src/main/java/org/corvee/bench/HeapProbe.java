package org.corvee.bench;

/** Peak heap measurement supplied by the caller (the app reads the JVM's memory pools). */
public interface HeapProbe {
    /** Forgets the peak so far (after a collection, so the next peak is this run's). */
    void reset();

    /** Peak heap bytes since the last reset. */
    long peak();
}
