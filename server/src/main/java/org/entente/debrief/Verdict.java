package org.entente.debrief;

/** Whether a cohort met a learning objective: met, not met, or the exercise never put it to the test. */
public enum Verdict {
    MET, NOT_MET, NOT_TESTED
}
