package org.entente.framework;

/** How a partner cooperates: the source of its compliance decides how x-efficient it is. */
public enum ComplianceMode {
    /** Soft power alone motivates it. */
    VOLUNTARY,
    /** Side-payments or aid buy its cooperation. */
    INDUCED,
    /** Threats or force obtain it. */
    COERCED,
    /** Nothing deployed moves it. */
    NONE
}
