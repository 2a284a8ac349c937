package org.sunlight.audit;

/**
 * The answer of a chain check: either intact through entry {@code verifiedThrough}, or the first
 * problem found walking the entries in sequence order.
 *
 * @param intact          true when every entry from 1 to the chain head checked out
 * @param verifiedThrough the highest sequence number up to which the chain is intact (0: none)
 * @param entries         how many entries were read and checked
 * @param lastHash        the hash of entry {@code verifiedThrough} (write it down: a later check can
 *                        be anchored to it), or the genesis value when the trail is empty
 * @param firstProblem    null when intact
 */
public record ChainVerification(boolean intact, long verifiedThrough, long entries, String lastHash, Problem firstProblem) {

    /** What is wrong with the chain at {@code seq}. {@code detail} is a technical English explanation. */
    public record Problem(long seq, Kind kind, String detail) {
    }

    public enum Kind {
        /** an entry's content (or its stored hash) is not what was chained */
        ALTERED,
        /** entries are missing: a gap in the sequence, a broken link, or fewer entries than the head records */
        REMOVED,
        /** an entry that is not part of the chain: out of sequence, linking past its predecessor, or beyond the head */
        INSERTED
    }

    public static ChainVerification intact(long through, long entries, String lastHash) {
        return new ChainVerification(true, through, entries, lastHash, null);
    }

    public static ChainVerification broken(long through, long entries, String lastHash, Problem problem) {
        return new ChainVerification(false, through, entries, lastHash, problem);
    }

    /** One line for logs and the command line. */
    public String summary() {
        if (intact) {
            return "intact through entry " + verifiedThrough + " (" + entries + " entries checked), last hash " + lastHash;
        }
        return "BROKEN at entry " + firstProblem.seq() + ": " + firstProblem.kind() + " - " + firstProblem.detail()
                + "; intact through entry " + verifiedThrough;
    }
}
