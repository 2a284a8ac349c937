package org.sunlight.audit.internal;

import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.sunlight.audit.AuditEntry;
import org.sunlight.audit.AuditTrail;
import org.sunlight.audit.ChainVerification;

/**
 * Verifies the chain from the application's database. A run on behalf of a user is itself
 * recorded ("audit.verify"), with its finding, so the trail shows who checked it, when, and what
 * they saw; the recorded head hash is also an anchor later checks can be compared with.
 */
@Service
public class AuditChainCheck {

    private static final Logger log = LoggerFactory.getLogger(AuditChainCheck.class);

    private final DataSource dataSource;
    private final AuditTrail trail;

    AuditChainCheck(DataSource dataSource, AuditTrail trail) {
        this.dataSource = dataSource;
        this.trail = trail;
    }

    /** Verifies without recording (joins the current transaction's connection, if any). */
    public ChainVerification verify() {
        return verify(Map.of());
    }

    public ChainVerification verify(Map<Long, String> anchors) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return new ChainVerifier(new JdbcChainSource(connection)).verify(anchors);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Verifies, then records the run as "audit.verify" (failed when the chain is broken). */
    public ChainVerification verifyAndRecord() {
        ChainVerification result = verify();
        if (!result.intact()) {
            log.warn("Audit chain verification: {}", result.summary());
        }
        AuditEntry entry = AuditEntry.of("audit.verify", "audit_chain", result.verifiedThrough()).after(json(result));
        trail.record(result.intact() ? entry : entry.failed());
        return result;
    }

    static String json(ChainVerification r) {
        StringBuilder sb = new StringBuilder("{\"intact\":").append(r.intact())
                .append(",\"verifiedThrough\":").append(r.verifiedThrough())
                .append(",\"entries\":").append(r.entries())
                .append(",\"lastHash\":").append(AuditCanonicalForm.quote(r.lastHash()));
        if (r.firstProblem() != null) {
            sb.append(",\"firstProblem\":{\"seq\":").append(r.firstProblem().seq())
                    .append(",\"kind\":\"").append(r.firstProblem().kind()).append('"')
                    .append(",\"detail\":").append(AuditCanonicalForm.quote(r.firstProblem().detail())).append('}');
        }
        return sb.append('}').toString();
    }
}
