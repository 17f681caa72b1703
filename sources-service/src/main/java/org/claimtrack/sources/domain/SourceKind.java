package org.claimtrack.sources.domain;

/** What kind of speaker a source is (GUIDE.md vocabulary). */
public enum SourceKind {
    PERSON, GOVERNMENT, ORGANIZATION, MEDIA_OUTLET, INTERGOVERNMENTAL, GROUP
}
