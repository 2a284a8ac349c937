package org.sunlight.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sunlight.casework.CaseKind;
import org.sunlight.casework.CaseStatus;
import org.sunlight.casework.Channel;
import org.sunlight.casework.PartyType;

/**
 * The state of one case as its events left it: the projection {@link CaseProjector} folds the event log
 * into. Stored as JSON in {@code case_record.state_json} (the columns beside it are copies for queries),
 * so public fields, plain values. Nothing here decides anything; {@link CaseRules} does.
 */
public class CaseFile {

    public long id;
    public String number;
    public String queryCode;
    public CaseKind kind;
    public long itemId;
    public long itemVersionId;
    public String itemCode;
    public String itemName;
    public String category;
    public long flowVersionId;
    public long departmentId;
    public Long unitId;
    public String regionCode;
    public Channel channel;

    public CaseStatus status;
    /** The status to return to when a pause (补正, 特别程序) ends. */
    public CaseStatus resumeStatus;

    public Party party;
    public Long applicantAccountId;
    /** 申请事项 / 案由 */
    public String subject;
    /** penalty cases: 案件来源 and the facts */
    public String source;
    public String facts;

    public Instant receivedAt;
    public Instant acceptedAt;
    public Instant closedAt;
    public Instant pausedSince;
    public String pauseKind;
    public Instant dueAt;

    public int limit;
    public String limitUnit;
    public List<PauseSpan> pauses = new ArrayList<>();
    public List<ExtensionGrant> extensions = new ArrayList<>();

    /** Open steps of the flowchart, with when each opened. */
    public Map<String, Instant> openSteps = new LinkedHashMap<>();
    public Map<String, Integer> joinArrivals = new LinkedHashMap<>();
    public String finishedAt;
    public Map<String, Object> variables = new LinkedHashMap<>();

    public List<Long> officerStaffIds = new ArrayList<>();
    public Assessment assessment;
    /** Seq of the event whose legal review (法制审核) passed the current assessment; 0 when none. */
    public int legalReviewPassedAt;
    public List<FeeCharge> fees = new ArrayList<>();
    public boolean feeOverride;

    public Boolean approved;
    public String documentNumber;
    public Instant decidedAt;
    public String result;
    public boolean collected;

    public boolean backfill;
    public Instant recordedAt;
    public int lastSeq;

    public record Party(PartyType type, String name, String idNumber, String phone, String address) {
    }

    public record PauseSpan(String kind, Instant from, Instant to) {
    }

    public record ExtensionGrant(int days, String reason, String approvedBy) {
    }

    /** 裁量: level chosen, factors, the range the benchmark gives, the fine and why it leaves the range. */
    public record Assessment(String level, List<String> factors, BigDecimal min, BigDecimal max, BigDecimal fine,
            String outsideReason, boolean legalReviewRequired, int seq) {
    }

    public record FeeCharge(String item, BigDecimal amount, String overrideReason) {
    }

    public boolean penalty() {
        return kind == CaseKind.PENALTY;
    }

    public Set<String> activeSteps() {
        return new LinkedHashSet<>(openSteps.keySet());
    }

    public boolean legalReviewRequired() {
        return assessment != null && assessment.legalReviewRequired() && legalReviewPassedAt < assessment.seq();
    }
}
