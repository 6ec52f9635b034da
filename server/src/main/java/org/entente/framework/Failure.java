package org.entente.framework;

/** The paper's Table 1: the three ways an alliance leader fails to exercise smart power, or none. */
public enum Failure {
    NONE,
    /** Insufficient amounts of both hard and soft power toward a motivated partner. */
    MALIGN_NEGLECT,
    /** Coercion, or conditions on inducements, well beyond what the partner's band calls for. */
    HEAVY_HANDEDNESS,
    /** The leader overestimates its soft power and consequently deploys too little hard power. */
    LIGHT_HANDEDNESS
}
