package org.sunlight.casework.internal.attachments;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;

/**
 * The attachments of cases: bytes in the file system, one row each in {@code case_attachment}.
 *
 * <p>Bytes are content-addressed: {@code <dir>/ab/cd/<sha256>} under
 * {@code sunlight.casework.attachments.dir} (env {@code SUNLIGHT_FILES_DIR}, default {@code ./data/files}),
 * so a file carried by several cases (or uploaded twice) is kept once. A file is written to
 * {@code <dir>/tmp} while its SHA-256 and size are computed from the same stream, the stream is cut off
 * as soon as it passes the size limit, its kind is sniffed from the written bytes, and only then is it
 * moved into place atomically. A refused file leaves nothing behind, neither row nor bytes.
 *
 * <p>All or nothing per request: {@link #storeAll} checks every file first ({@link #validate}) and again
 * while writing it to the temporary area; rows are written only when every file has passed, in one
 * transaction (the caller's, when there is one: then the case event and its attachments commit together).
 * Bytes this transaction put into place are removed again when it rolls back, unless a committed row
 * still refers to them.
 *
 * <p>Serving: send {@link StoredAttachment#mediaType()} (never the client's), with
 * {@code X-Content-Type-Options: nosniff} and {@code Content-Disposition: attachment}.
 */
@Component
public class AttachmentStore {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String COLUMNS = "id, case_id, event_seq, file_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by";
    private static final RowMapper<StoredAttachment> MAPPER = (rs, n) -> new StoredAttachment(rs.getLong("id"),
            rs.getLong("case_id"), rs.getObject("event_seq", Integer.class), rs.getString("file_name"),
            rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256").trim(),
            rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));

    private final JdbcClient jdbc;
    private final AttachmentPolicy policy;
    private final Clock clock;
    private final Path root;
    private final Path temp;

    public AttachmentStore(JdbcClient jdbc, AttachmentPolicy policy, Clock clock,
            @Value("${sunlight.casework.attachments.dir:./data/files}") String dir) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
        this.root = Path.of(dir).toAbsolutePath().normalize();
        this.temp = root.resolve("tmp");
        try {
            Files.createDirectories(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the attachment directory " + temp, e);
        }
    }

    /**
     * Checks the files of one request without storing anything: their number (refusal on
     * {@code listField}), and for each (refusal on its {@link Upload#field}) that it is not empty, not
     * over the size limit and of an allowed kind, judged from its content. Every problem is reported at
     * once.
     *
     * @throws InvalidInputException casework.attachment.too-many, .empty, .too-large, .type-forbidden
     */
    public void validate(String listField, List<Upload> uploads) {
        List<FieldProblem> problems = new ArrayList<>();
        add(problems, policy.checkCount(listField, uploads.size()));
        for (Upload u : uploads) {
            String name = AttachmentPolicy.sanitize(u.fileName());
            FieldProblem size = policy.checkSize(u.field(), name, u.size());
            if (size != null) {
                problems.add(size);
                continue;
            }
            try {
                add(problems, policy.checkKind(u.field(), name, ContentSniffer.sniff(ContentSniffer.Source.of(u.size(), u.content()))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the upload " + u.field(), e);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Stores the files of one request for a case, all or none (see the class comment).
     *
     * @param eventSeq the case event they come with, or null
     * @throws InvalidInputException as {@link #validate}; nothing is stored then
     */
    @Transactional
    public List<StoredAttachment> storeAll(long caseId, Integer eventSeq, String listField, List<Upload> uploads, String uploadedBy) {
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        validate(listField, uploads);
        List<Staged> staged = new ArrayList<>(uploads.size());
        try {
            for (Upload u : uploads) {
                try {
                    staged.add(stage(u.field(), u.fileName(), u.content().getInputStream()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the upload " + u.field(), e);
                }
            }
            List<StoredAttachment> stored = new ArrayList<>(staged.size());
            for (Staged s : staged) {
                stored.add(commit(caseId, eventSeq, s, uploadedBy));
            }
            return stored;
        } finally {
            staged.forEach(Staged::discard);
        }
    }

    /**
     * Stores one file read from a stream (closed here). The stream is read once: the size limit is
     * enforced while reading, the kind sniffed from what was written.
     *
     * @param field named in a refusal
     * @throws InvalidInputException casework.attachment.empty, .too-large, .type-forbidden; nothing is stored then
     */
    @Transactional
    public StoredAttachment store(String field, long caseId, Integer eventSeq, String fileName, InputStream in, String uploadedBy) {
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Staged staged = stage(field, fileName, in);
        try {
            return commit(caseId, eventSeq, staged, uploadedBy);
        } finally {
            staged.discard();
        }
    }

    /** The attachments of a case, in the order they were stored. */
    public List<StoredAttachment> ofCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from case_attachment where case_id = ? order by id").param(caseId).query(MAPPER).list();
    }

    public Optional<StoredAttachment> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from case_attachment where id = ?").param(id).query(MAPPER).optional();
    }

    /**
     * The bytes of an attachment. The stream checks size and SHA-256 as it is read: at the end of a
     * damaged file its last read throws an IOException instead of ending normally.
     */
    public InputStream open(StoredAttachment a) {
        try {
            return new VerifyingInputStream(Files.newInputStream(path(a.sha256())), a);
        } catch (IOException e) {
            throw new UncheckedIOException("attachment " + a.id() + " cannot be read", e);
        }
    }

    /** Whether the stored bytes are still exactly those uploaded (size and SHA-256); false when missing. */
    public boolean verify(StoredAttachment a) {
        try (InputStream in = open(a)) {
            in.transferTo(OutputStream.nullOutputStream());
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Where the bytes with this SHA-256 are kept. */
    public Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    public Path temporaryDirectory() {
        return temp;
    }

    // --- writing ---------------------------------------------------------------------------------

    /** A checked file in the temporary area, not yet in place. */
    private record Staged(Path file, String fileName, FileKind kind, long size, String sha256) {

        void discard() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("could not delete the temporary upload {}", file, e);
            }
        }
    }

    private Staged stage(String field, String rawName, InputStream input) {
        String name = AttachmentPolicy.sanitize(rawName);
        Path file;
        try {
            file = Files.createTempFile(temp, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean kept = false;
        try {
            MessageDigest sha = sha256();
            long size = 0;
            try (InputStream in = input; OutputStream out = Files.newOutputStream(file)) {
                byte[] buf = new byte[64 * 1024];
                for (int n; (n = in.read(buf)) >= 0; ) {
                    size += n;
                    if (size > policy.maxBytes()) {
                        throw new InvalidInputException(List.of(policy.tooLarge(field, name)));
                    }
                    sha.update(buf, 0, n);
                    out.write(buf, 0, n);
                }
            }
            FieldProblem problem = policy.checkSize(field, name, size);
            FileKind kind = problem == null ? ContentSniffer.sniff(file) : FileKind.UNKNOWN;
            problem = problem != null ? problem : policy.checkKind(field, name, kind);
            if (problem != null) {
                throw new InvalidInputException(List.of(problem));
            }
            kept = true;
            return new Staged(file, AttachmentPolicy.nameFor(rawName, kind), kind, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload " + field, e);
        } finally {
            if (!kept) {
                new Staged(file, name, FileKind.UNKNOWN, 0, "").discard();
            }
        }
    }

    private StoredAttachment commit(long caseId, Integer eventSeq, Staged s, String uploadedBy) {
        Path target = path(s.sha256());
        boolean created = false;
        try {
            if (!(Files.exists(target) && Files.size(target) == s.size())) {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(s.file(), target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(s.file(), target, StandardCopyOption.REPLACE_EXISTING);
                }
                created = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store attachment " + s.sha256(), e);
        }
        if (created) {
            removeOnRollback(s.sha256());
        }
        Instant now = clock.instant();
        KeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    insert into case_attachment (case_id, event_seq, file_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(caseId, eventSeq, s.fileName(), s.kind().mediaType(), s.size(), s.sha256(), Timestamp.from(now), uploadedBy)
                    .update(keys, "id");
        } catch (RuntimeException | Error e) {
            if (created && !TransactionSynchronizationManager.isSynchronizationActive()) {
                // no transaction to clean up after (called outside Spring): the bytes go at once
                try {
                    Files.deleteIfExists(target);
                } catch (IOException io) {
                    e.addSuppressed(io);
                }
            }
            throw e;
        }
        long id = keys.getKeyAs(Number.class).longValue();
        return new StoredAttachment(id, caseId, eventSeq, s.fileName(), s.kind().mediaType(), s.size(), s.sha256(), now, uploadedBy);
    }

    /** Bytes put into place by a transaction that rolls back go again, unless a committed row uses them. */
    private void removeOnRollback(String sha256) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_ROLLED_BACK) {
                    return;
                }
                try {
                    boolean used = jdbc.sql("select count(*) from case_attachment where sha256 = ?").param(sha256)
                            .query(Long.class).single() > 0;
                    if (!used) {
                        Files.deleteIfExists(path(sha256));
                    }
                } catch (RuntimeException | IOException e) {
                    log.warn("could not remove the bytes {} after a rollback", sha256, e);
                }
            }
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(List<FieldProblem> problems, FieldProblem p) {
        if (p != null) {
            problems.add(p);
        }
    }

    /** Checks size and SHA-256 of what was read when the end is reached. */
    private static final class VerifyingInputStream extends FilterInputStream {

        private final StoredAttachment expected;
        private final MessageDigest sha = sha256();
        private long size;
        private boolean checked;

        VerifyingInputStream(InputStream in, StoredAttachment expected) {
            super(in);
            this.expected = expected;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                check();
            } else {
                sha.update((byte) b);
                size++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                check();
            } else {
                sha.update(b, off, n);
                size += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // read, not seek: every byte goes through the digest
            byte[] buf = new byte[8192];
            long done = 0;
            while (done < n) {
                int r = read(buf, 0, (int) Math.min(buf.length, n - done));
                if (r < 0) {
                    break;
                }
                done += r;
            }
            return done;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public synchronized void mark(int readlimit) {
        }

        @Override
        public synchronized void reset() throws IOException {
            throw new IOException("mark/reset not supported");
        }

        private void check() throws IOException {
            if (checked) {
                return;
            }
            checked = true;
            String actual = HexFormat.of().formatHex(sha.digest());
            if (size != expected.sizeBytes() || !actual.equals(expected.sha256())) {
                throw new IOException("attachment " + expected.id() + " is damaged: " + size + " bytes, SHA-256 " + actual
                        + " instead of " + expected.sizeBytes() + " bytes, " + expected.sha256());
            }
        }
    }
}
