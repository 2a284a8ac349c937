package org.sunlight.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sunlight.audit.ChainVerification;
import org.sunlight.audit.ChainVerification.Kind;

/** The pure verifier against chains held in memory: each kind of tampering, and where it is reported. */
class ChainVerifierTests {

    @Test
    void emptyTrailIsIntactThroughZero() {
        ChainVerification r = new ChainVerifier(new InMemoryChain()).verify();
        assertThat(r).isEqualTo(ChainVerification.intact(0, 0, AuditCanonicalForm.GENESIS));
    }

    @Test
    void untouchedChainIsIntactAcrossManyBatches() {
        InMemoryChain chain = InMemoryChain.of(1234);
        ChainVerification r = new ChainVerifier(chain, 100).verify();
        assertThat(r.intact()).isTrue();
        assertThat(r.verifiedThrough()).isEqualTo(1234);
        assertThat(r.entries()).isEqualTo(1234);
        assertThat(r.lastHash()).isEqualTo(chain.headHash);
        assertThat(r.summary()).startsWith("intact through entry 1234");
    }

    @Test
    void alteredFieldIsReportedAtThatEntry() {
        InMemoryChain chain = InMemoryChain.of(50);
        chain.alterActor(17, "mallory");
        assertProblem(new ChainVerifier(chain, 8).verify(), 17, Kind.ALTERED);
    }

    @Test
    void alteredPrevHashIsAnAlteration() {
        InMemoryChain chain = InMemoryChain.of(10);
        ChainedEntry e = chain.get(4);
        chain.put(new ChainedEntry(4, e.content(), "f".repeat(64), e.hash()));
        assertProblem(new ChainVerifier(chain).verify(), 4, Kind.ALTERED);
    }

    @Test
    void replacedEntryWithRecomputedHashBreaksTheNextLink() {
        InMemoryChain chain = InMemoryChain.of(10);
        chain.replace(6, "mallory");
        ChainVerification r = new ChainVerifier(chain).verify();
        assertProblem(r, 7, Kind.REMOVED);
        assertThat(r.firstProblem().detail()).contains("entry 6 was replaced");
    }

    @Test
    void gapIsARemoval() {
        InMemoryChain chain = InMemoryChain.of(30);
        chain.remove(12);
        chain.remove(13);
        ChainVerification r = new ChainVerifier(chain, 5).verify();
        assertProblem(r, 12, Kind.REMOVED);
        assertThat(r.firstProblem().detail()).contains("entries 12 to 13 are missing");
    }

    @Test
    void removalHiddenByRenumberingIsStillARemoval() {
        InMemoryChain chain = InMemoryChain.of(30);
        chain.removeAndRenumber(9);
        chain.headSeq = 29;
        assertProblem(new ChainVerifier(chain).verify(), 9, Kind.REMOVED);
    }

    @Test
    void firstEntryRemoved() {
        InMemoryChain chain = InMemoryChain.of(3);
        chain.remove(1);
        assertProblem(new ChainVerifier(chain).verify(), 1, Kind.REMOVED);
    }

    @Test
    void truncatedTailIsARemovalBecauseTheHeadRecordsMore() {
        InMemoryChain chain = InMemoryChain.of(20);
        chain.remove(20);
        chain.remove(19);
        assertProblem(new ChainVerifier(chain).verify(), 19, Kind.REMOVED);
    }

    @Test
    void truncationWithHeadRolledBackIsOnlyCaughtByAnAnchor() {
        InMemoryChain chain = InMemoryChain.of(20);
        String anchor = chain.get(20).hash();
        chain.remove(20);
        chain.headSeq = 19;
        chain.headHash = chain.get(19).hash();
        assertThat(new ChainVerifier(chain).verify().intact()).isTrue();
        assertProblem(new ChainVerifier(chain).verify(Map.of(20L, anchor)), 20, Kind.REMOVED);
    }

    @Test
    void rewrittenChainIsCaughtByAnAnchor() {
        InMemoryChain honest = InMemoryChain.of(10);
        String anchor = honest.get(8).hash();
        InMemoryChain forged = new InMemoryChain();
        for (int i = 0; i < 10; i++) {
            forged.append(i == 3 ? InMemoryChain.content(99) : InMemoryChain.content(i));
        }
        assertThat(new ChainVerifier(forged).verify().intact()).isTrue();
        assertProblem(new ChainVerifier(forged).verify(Map.of(8L, anchor)), 8, Kind.ALTERED);
        assertThat(new ChainVerifier(honest).verify(Map.of(8L, anchor)).intact()).isTrue();
    }

    @Test
    void entrySlippedInWithRenumberingIsAnInsertion() {
        InMemoryChain chain = InMemoryChain.of(30);
        chain.insertAndRenumber(11, InMemoryChain.content(500));
        chain.headSeq = 31;
        ChainVerification r = new ChainVerifier(chain, 4).verify();
        assertProblem(r, 11, Kind.INSERTED);
        assertThat(r.lastHash()).isEqualTo(chain.get(10).hash());
    }

    @Test
    void entryBeyondTheHeadIsAnInsertion() {
        InMemoryChain chain = InMemoryChain.of(10);
        EntryContent forged = InMemoryChain.content(77);
        chain.put(new ChainedEntry(11, forged, chain.headHash, AuditCanonicalForm.hash(chain.headHash, forged)));
        ChainVerification r = new ChainVerifier(chain).verify();
        assertProblem(r, 11, Kind.INSERTED);
        assertThat(r.verifiedThrough()).isEqualTo(10);
    }

    @Test
    void entryBeforeTheFirstIsAnInsertion() {
        InMemoryChain chain = InMemoryChain.of(5);
        EntryContent forged = InMemoryChain.content(77);
        chain.put(new ChainedEntry(0, forged, AuditCanonicalForm.GENESIS, AuditCanonicalForm.hash(AuditCanonicalForm.GENESIS, forged)));
        assertProblem(new ChainVerifier(chain).verify(), 0, Kind.INSERTED);
    }

    @Test
    void headPointingElsewhereIsAnAlterationOfTheLastEntry() {
        InMemoryChain chain = InMemoryChain.of(5);
        chain.headHash = "1".repeat(64);
        assertProblem(new ChainVerifier(chain).verify(), 5, Kind.ALTERED);
    }

    @Test
    void appendsCommittedDuringTheWalkAreNotMistakenForInsertions() {
        InMemoryChain chain = InMemoryChain.of(10);
        int[] reads = {0};
        chain.afterHeadRead = () -> {
            if (reads[0]++ == 0) {
                chain.append(InMemoryChain.content(100));
                chain.append(InMemoryChain.content(101));
            }
        };
        ChainVerification r = new ChainVerifier(chain, 3).verify();
        assertThat(r.intact()).isTrue();
        assertThat(r.verifiedThrough()).isEqualTo(10);
    }

    /**
     * Property: one tampering of a random kind at a random place in a random chain is always found,
     * at the right entry and of the right kind, whatever the batch size.
     */
    @Test
    void everySingleTamperingIsFoundWhereItHappened() {
        Random random = new Random(32_905L);
        for (int round = 0; round < 600; round++) {
            int n = 2 + random.nextInt(60);
            InMemoryChain chain = InMemoryChain.of(n);
            int batch = 1 + random.nextInt(7);
            long k = 1 + random.nextInt(n - 1); // an entry that has a successor
            int kind = random.nextInt(5);
            long expectedSeq;
            Kind expectedKind;
            switch (kind) {
                case 0 -> { chain.alterActor(k, "x" + round); expectedSeq = k; expectedKind = Kind.ALTERED; }
                case 1 -> { chain.remove(k); expectedSeq = k; expectedKind = Kind.REMOVED; }
                case 2 -> { chain.removeAndRenumber(k); chain.headSeq--; expectedSeq = k; expectedKind = Kind.REMOVED; }
                case 3 -> { chain.insertAndRenumber(k, InMemoryChain.content(10_000 + round)); chain.headSeq++; expectedSeq = k; expectedKind = Kind.INSERTED; }
                default -> { chain.replace(k, "y" + round); expectedSeq = k + 1; expectedKind = Kind.REMOVED; }
            }
            ChainVerification r = new ChainVerifier(chain, batch).verify();
            String input = "round " + round + ": n=" + n + " batch=" + batch + " k=" + k + " kind=" + kind + " -> " + r;
            assertThat(r.intact()).as(input).isFalse();
            assertThat(r.firstProblem().seq()).as(input).isEqualTo(expectedSeq);
            assertThat(r.firstProblem().kind()).as(input).isEqualTo(expectedKind);
            assertThat(r.verifiedThrough()).as(input).isEqualTo(expectedSeq - 1);
            String throughHash = expectedSeq == 1 ? AuditCanonicalForm.GENESIS : chain.get(expectedSeq - 1).hash();
            assertThat(r.lastHash()).as(input).isEqualTo(throughHash);
        }
    }

    private static void assertProblem(ChainVerification r, long seq, Kind kind) {
        assertThat(r.intact()).as("%s", r).isFalse();
        assertThat(r.firstProblem().seq()).as("%s", r).isEqualTo(seq);
        assertThat(r.firstProblem().kind()).as("%s", r).isEqualTo(kind);
        assertThat(r.verifiedThrough()).as("%s", r).isEqualTo(Math.max(0, seq - 1));
    }
}
