package org.sunlight.audit.internal;

import java.util.List;
import java.util.OptionalLong;

/** Where the verifier reads the chain from (the database, or a list in tests). */
public interface ChainSource {

    /** The chain head: last sequence number and hash, as the appender last wrote them. */
    Head head();

    /** Entries with {@code afterSeq < seq <= throughSeq}, ascending, at most {@code limit}. */
    List<ChainedEntry> entries(long afterSeq, long throughSeq, int limit);

    /** The smallest sequence number above {@code seq}, if any entry has one. */
    OptionalLong firstSeqAfter(long seq);

    record Head(long lastSeq, String lastHash) {
    }
}
