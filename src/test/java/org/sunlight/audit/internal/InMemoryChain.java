package org.sunlight.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeMap;

/** A chain held in a map, built by the same hashing as the application, and tampered with at will. */
final class InMemoryChain implements ChainSource {

    final TreeMap<Long, ChainedEntry> rows = new TreeMap<>();
    long headSeq;
    String headHash = AuditCanonicalForm.GENESIS;
    /** Called after each head read, to simulate appends committed during a walk. */
    Runnable afterHeadRead = () -> { };

    static InMemoryChain of(int n) {
        InMemoryChain chain = new InMemoryChain();
        for (int i = 0; i < n; i++) {
            chain.append(content(i));
        }
        return chain;
    }

    static EntryContent content(int i) {
        return new EntryContent(Instant.parse("2026-11-02T01:30:00Z").plusSeconds(i), "user" + (i % 7), "handler",
                "case.step", "case", "C" + i, i % 3 == 0 ? null : "{\"n\":" + i + "}", "{\"n\":" + (i + 1) + "}", "10.0.0." + (i % 250), i % 11 != 0);
    }

    ChainedEntry append(EntryContent content) {
        long seq = headSeq + 1;
        ChainedEntry e = new ChainedEntry(seq, content, headHash, AuditCanonicalForm.hash(headHash, content));
        rows.put(seq, e);
        headSeq = seq;
        headHash = e.hash();
        return e;
    }

    ChainedEntry get(long seq) {
        return rows.get(seq);
    }

    /** Changes a field and leaves the stored hash as it was (a naive tamper). */
    void alterActor(long seq, String actor) {
        ChainedEntry e = rows.get(seq);
        EntryContent c = e.content();
        rows.put(seq, new ChainedEntry(seq, new EntryContent(c.occurredAt(), actor, c.role(), c.action(), c.objectType(),
                c.objectId(), c.before(), c.after(), c.clientAddress(), c.success()), e.prevHash(), e.hash()));
    }

    /** Changes a field and recomputes that entry's hash (a smarter tamper). */
    void replace(long seq, String actor) {
        alterActor(seq, actor);
        ChainedEntry e = rows.get(seq);
        rows.put(seq, new ChainedEntry(seq, e.content(), e.prevHash(), AuditCanonicalForm.hash(e.prevHash(), e.content())));
    }

    void remove(long seq) {
        rows.remove(seq);
    }

    /** Removes an entry and closes the gap by renumbering the later ones. */
    void removeAndRenumber(long seq) {
        rows.remove(seq);
        shift(seq + 1, -1);
    }

    /** Slips a self-consistent forged entry in at {@code seq}, renumbering the later ones up. */
    void insertAndRenumber(long seq, EntryContent forged) {
        shift(seq, +1);
        String prev = seq == 1 ? AuditCanonicalForm.GENESIS : rows.get(seq - 1).hash();
        rows.put(seq, new ChainedEntry(seq, forged, prev, AuditCanonicalForm.hash(prev, forged)));
    }

    void put(ChainedEntry e) {
        rows.put(e.seq(), e);
    }

    private void shift(long from, int by) {
        List<ChainedEntry> moved = new ArrayList<>(rows.tailMap(from, true).values());
        moved.forEach(e -> rows.remove(e.seq()));
        moved.forEach(e -> rows.put(e.seq() + by, new ChainedEntry(e.seq() + by, e.content(), e.prevHash(), e.hash())));
    }

    @Override
    public Head head() {
        Head head = new Head(headSeq, headHash);
        afterHeadRead.run();
        return head;
    }

    @Override
    public List<ChainedEntry> entries(long afterSeq, long throughSeq, int limit) {
        if (afterSeq >= throughSeq) {
            return List.of();
        }
        return rows.subMap(afterSeq, false, throughSeq, true).values().stream().limit(limit).toList();
    }

    @Override
    public OptionalLong firstSeqAfter(long seq) {
        Long k = rows.higherKey(seq);
        return k == null ? OptionalLong.empty() : OptionalLong.of(k);
    }
}
