package org.entente.server;

import java.lang.management.ManagementFactory;

/** The HotSpot options this JVM runs with, as the banner's notes read them. */
final class VmOptions {
    private VmOptions() {
    }

    /** Whether the option has this value; false when the JVM cannot say (not HotSpot, no such option). */
    static boolean is(String name, String value) {
        try {
            var hotspot = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return value.equals(hotspot.getVMOption(name).getValue());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
