package org.sunlight.legal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sunlight.common.FieldProblem;
import org.sunlight.common.InvalidInputException;

/**
 * The answer of {@link EnforcementOfficers#checkOfficers}: reasons about the request as a whole (the
 * department is not a registered or an active enforcement body; a person named twice) and one verdict
 * per distinct person named, in the order given. Casework refuses with {@link #requireAtLeast}.
 */
public record OfficerCheck(long departmentId, EnforcementField field, LocalDate on, List<OfficerReason> generalReasons,
        List<OfficerVerdict> verdicts) {

    /** 行政处罚法: enforcement officers acting in a penalty case may not be fewer than two. */
    public static final int PENALTY_MINIMUM = 2;

    /** Staff ids of the certified officers, in the order given. */
    public List<Long> certifiedStaffIds() {
        return verdicts.stream().filter(OfficerVerdict::certified).map(OfficerVerdict::staffId).toList();
    }

    /** Nothing is wrong with the request as a whole and every person named is certified. */
    public boolean allCertified() {
        return generalReasons.isEmpty() && verdicts.stream().allMatch(OfficerVerdict::certified);
    }

    /** {@link #allCertified()} and at least {@code minimum} distinct certified officers. */
    public boolean passes(int minimum) {
        return allCertified() && certifiedStaffIds().size() >= minimum;
    }

    /** Every reason: the general ones, then each officer's (a certified officer has none). */
    public List<OfficerReason> reasons() {
        List<OfficerReason> all = new ArrayList<>(generalReasons);
        verdicts.forEach(v -> all.addAll(v.reasons()));
        return all;
    }

    /** The reasons as problems of one input field, plus "too few" when fewer than {@code minimum} are certified. */
    public List<FieldProblem> problems(int minimum, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        reasons().forEach(r -> problems.add(r.asFieldProblem(field)));
        int certified = certifiedStaffIds().size();
        if (certified < minimum) {
            problems.add(new OfficerReason(OfficerProblem.TOO_FEW, null, List.of(minimum, certified)).asFieldProblem(field));
        }
        return problems;
    }

    /** Refuses (400, every reason under {@code field}) unless {@link #passes(int) passes(minimum)}. */
    public void requireAtLeast(int minimum, String field) {
        if (!passes(minimum)) {
            throw new InvalidInputException(problems(minimum, field));
        }
    }
}
