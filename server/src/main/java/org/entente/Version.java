package org.entente;

import picocli.CommandLine.IVersionProvider;

public final class Version implements IVersionProvider {
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"entente " + current()};
    }
}
