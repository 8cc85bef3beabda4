package org.opis.archival;

/**
 * A citation scheme that is data only: every scheme in {@code labels.json} whose {@code reader} is
 * {@code segments} and that no plug-in class provides (Polish, Czech, Hungarian, Stasi, IISG, OSA,
 * Romanian, Yugoslav, French, India Office, Chinese archives). Adding such a scheme is adding an
 * entry to {@code labels.json}; its archives name it in {@code archives.json}.
 */
final class DataSegmentScheme extends SegmentScheme {

    DataSegmentScheme(String id, String description) {
        super(id, description);
    }
}
