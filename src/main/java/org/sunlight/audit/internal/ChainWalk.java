package org.sunlight.audit.internal;

import java.util.Map;
import java.util.TreeMap;

import org.sunlight.audit.ChainVerification;
import org.sunlight.audit.ChainVerification.Kind;
import org.sunlight.audit.ChainVerification.Problem;

/**
 * The pure core of verification: fed entries in ascending sequence order, it recomputes each hash,
 * checks each link and stops at the first problem. It holds only the last two hashes, so memory does
 * not grow with the trail.
 *
 * <p>Per entry, in this order:
 * <ol>
 * <li>its sequence number must be the next one: lower means an entry that does not belong
 *     (INSERTED), higher means the ones in between are gone (REMOVED);</li>
 * <li>its stored hash must equal SM3(its prev_hash ‖ its canonical form), else its content or its
 *     stored hashes were changed (ALTERED);</li>
 * <li>its prev_hash must be the previous entry's hash. If instead it is the hash of the entry two
 *     back, the previous entry was slipped in between them (INSERTED at the previous entry);
 *     otherwise something that stood before it is gone or was replaced (REMOVED);</li>
 * <li>if the caller holds an anchor (a hash noted for this sequence number at an earlier check),
 *     the hash must still be that (else ALTERED: the chain was rewritten from here on).</li>
 * </ol>
 * Then {@link #finish} compares the end of the walk with the chain head.
 */
public final class ChainWalk {

    private final TreeMap<Long, String> anchors;
    private long expectedSeq = 1;
    private String prevHash = AuditCanonicalForm.GENESIS;
    private String prevPrevHash;
    private long checked;
    private Problem problem;
    private long problemThrough;
    private String problemHash;

    public ChainWalk() {
        this(Map.of());
    }

    /** @param anchors hashes noted earlier, by sequence number (lower-case hex) */
    public ChainWalk(Map<Long, String> anchors) {
        this.anchors = new TreeMap<>(anchors);
    }

    /** @return false once a problem has been found (feeding more changes nothing) */
    public boolean accept(ChainedEntry e) {
        if (problem != null) {
            return false;
        }
        checked++;
        long seq = e.seq();
        if (seq < expectedSeq) {
            return fail(seq, Kind.INSERTED, "entry " + seq + " is out of sequence: the next entry should be " + expectedSeq);
        }
        if (seq > expectedSeq) {
            String missing = seq == expectedSeq + 1 ? "entry " + expectedSeq + " is missing"
                    : "entries " + expectedSeq + " to " + (seq - 1) + " are missing";
            return fail(expectedSeq, Kind.REMOVED, missing + " (the next entry found is " + seq + ")");
        }
        String computed = AuditCanonicalForm.hash(e.prevHash(), e.content());
        if (!computed.equals(e.hash())) {
            return fail(seq, Kind.ALTERED, "entry " + seq + " was changed: its content does not hash to its stored hash");
        }
        if (!prevHash.equals(e.prevHash())) {
            if (prevPrevHash != null && prevPrevHash.equals(e.prevHash())) {
                return fail(seq - 1, Kind.INSERTED, "entry " + (seq - 1) + " does not belong to the chain: entry " + seq
                        + " links past it to entry " + (seq - 2));
            }
            return fail(seq, Kind.REMOVED, "entry " + seq + " does not link to entry " + (seq - 1)
                    + ": entries between them were removed, or entry " + (seq - 1) + " was replaced");
        }
        String anchor = anchors.remove(seq);
        if (anchor != null && !anchor.equalsIgnoreCase(e.hash())) {
            return fail(seq, Kind.ALTERED, "entry " + seq + " no longer has the anchored hash " + anchor
                    + ": the chain was rewritten from here or earlier");
        }
        prevPrevHash = prevHash;
        prevHash = e.hash();
        expectedSeq++;
        return true;
    }

    /** After the last entry up to the head: the walk must end exactly at the head. */
    public void finish(long headSeq, String headHash) {
        if (problem != null) {
            return;
        }
        long last = expectedSeq - 1;
        if (last < headSeq) {
            fail(expectedSeq, Kind.REMOVED, "the chain head records " + headSeq + " entries but the trail ends at entry " + last);
        } else if (!prevHash.equals(headHash)) {
            fail(last, Kind.ALTERED, "entry " + last + " is not the entry the chain head recorded (hash " + headHash + ")");
        } else if (!anchors.isEmpty()) {
            long seq = anchors.firstKey();
            fail(last + 1, Kind.REMOVED, "an anchor names entry " + seq + " but the trail ends at entry " + last);
        }
    }

    /** An entry stored beyond the last one the chain head records. */
    public void beyondHead(long seq, long headSeq) {
        if (problem == null) {
            fail(seq, Kind.INSERTED, "entry " + seq + " lies beyond the chain head, which records " + headSeq + " entries");
        }
    }

    public boolean broken() {
        return problem != null;
    }

    public ChainVerification result() {
        if (problem == null) {
            return ChainVerification.intact(expectedSeq - 1, checked, prevHash);
        }
        return ChainVerification.broken(problemThrough, checked, problemHash, problem);
    }

    private boolean fail(long seq, Kind kind, String detail) {
        problem = new Problem(seq, kind, detail);
        // Intact through the last entry accepted, but never past the problem itself (an inserted
        // entry found one step late was already accepted).
        long through = Math.max(0, Math.min(expectedSeq - 1, seq - 1));
        problemThrough = through;
        problemHash = through == expectedSeq - 1 ? prevHash : prevPrevHash;
        return false;
    }
}
