package org.corvee.engine;

/**
 * The simulation calendar: month 0 is the first month of the period, stepping by one month.
 *
 * <p>Invariant: {@code months() >= 1}; {@code label(m)} is "YYYY-MM".
 */
public record MonthClock(int startYear, int startMonth, int months) {

    public MonthClock {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("startMonth must be 1..12, was " + startMonth);
        }
        if (months < 1) {
            throw new IllegalArgumentException("months must be >= 1, was " + months);
        }
    }

    /** A clock from January of {@code fromYear} to December of {@code toYear}, inclusive. */
    public static MonthClock years(int fromYear, int toYear) {
        return new MonthClock(fromYear, 1, (toYear - fromYear + 1) * 12);
    }

    /** Calendar year of month index {@code m}. */
    public int year(int m) {
        return startYear + (startMonth - 1 + m) / 12;
    }

    /** Calendar month (1..12) of month index {@code m}. */
    public int calendarMonth(int m) {
        return (startMonth - 1 + m) % 12 + 1;
    }

    /** Absolute month number (year * 12 + month - 1) of index {@code m}; used for ages. */
    public int absolute(int m) {
        return startYear * 12 + startMonth - 1 + m;
    }

    /** Month index of a calendar year and month; may be outside [0, months). */
    public int indexOf(int year, int month) {
        return year * 12 + month - 1 - (startYear * 12 + startMonth - 1);
    }

    /** Fractional calendar time, e.g. 2015.5 for July 2015. */
    public double time(int m) {
        return year(m) + (calendarMonth(m) - 1) / 12.0;
    }

    /** "YYYY-MM" of month index {@code m}. */
    public String label(int m) {
        int cm = calendarMonth(m);
        return year(m) + (cm < 10 ? "-0" : "-") + cm;
    }
}
