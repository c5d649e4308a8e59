package org.corvee.run;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest (or "development"). */
public final class Version implements IVersionProvider {
    /** The program version. */
    public static String text() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"corvee " + text()};
    }
}
