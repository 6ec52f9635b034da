package org.entente.scenario;

/** Walt's four components of threat: aggregate power, geographic proximity, offensive power, intentions. */
public enum ThreatComponent {
    POWER, PROXIMITY, OFFENSIVE, INTENTIONS;

    public String yaml() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static ThreatComponent fromYaml(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
