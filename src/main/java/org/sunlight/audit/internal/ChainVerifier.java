package org.sunlight.audit.internal;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.sunlight.audit.ChainVerification;

/**
 * Walks a chain in batches (bounded memory however long the trail) and reports "intact through N"
 * or the first problem. Free of Spring, so the command-line check runs the very same code.
 *
 * <p>Concurrent appends are harmless: the head is read first, and an entry and the head move in one
 * transaction, so every entry up to the head read is committed and entries appended during the walk
 * lie above it and are simply not part of this check. An entry above the first head is reported as
 * INSERTED only if the head, read again after finding it, still does not account for it.
 */
public final class ChainVerifier {

    public static final int DEFAULT_BATCH = 500;

    private final ChainSource source;
    private final int batchSize;

    public ChainVerifier(ChainSource source) {
        this(source, DEFAULT_BATCH);
    }

    public ChainVerifier(ChainSource source, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.source = source;
        this.batchSize = batchSize;
    }

    public ChainVerification verify() {
        return verify(Map.of());
    }

    /** @param anchors hashes noted at earlier checks, by sequence number; each must still hold */
    public ChainVerification verify(Map<Long, String> anchors) {
        ChainWalk walk = new ChainWalk(anchors);
        ChainSource.Head head = source.head();
        long after = Long.MIN_VALUE;
        while (true) {
            List<ChainedEntry> batch = source.entries(after, head.lastSeq(), batchSize);
            for (ChainedEntry e : batch) {
                if (!walk.accept(e)) {
                    return walk.result();
                }
            }
            if (batch.size() < batchSize) {
                break;
            }
            after = batch.get(batch.size() - 1).seq();
        }
        walk.finish(head.lastSeq(), head.lastHash());
        if (!walk.broken()) {
            OptionalLong beyond = source.firstSeqAfter(head.lastSeq());
            if (beyond.isPresent()) {
                // Read the head again only now: an honest append committed its entry and the head
                // together, so the head must already cover an entry we have seen.
                ChainSource.Head now = source.head();
                if (beyond.getAsLong() > now.lastSeq()) {
                    walk.beyondHead(beyond.getAsLong(), now.lastSeq());
                }
            }
        }
        return walk.result();
    }
}
