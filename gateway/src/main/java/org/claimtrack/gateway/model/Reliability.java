package org.claimtrack.gateway.model;

/** Admiralty source grade: A completely reliable … E unreliable, F cannot be judged. */
public enum Reliability {
    A, B, C, D, E, F
}
