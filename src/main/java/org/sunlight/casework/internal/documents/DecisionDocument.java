package org.sunlight.casework.internal.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 决定书: a licensing decision (granted or refused) or a penalty decision. Texts are printed as given
 * (escaped), paragraphs split at line breaks.
 *
 * @param kind                approval, denial or penalty
 * @param departmentName      the deciding department: 仪征市住房和城乡建设局
 * @param documentNumber      仪住建许字〔2026〕第12号 or 仪住建罚决字〔2026〕第5号
 * @param partyName           the applicant or the party punished
 * @param partyAddress        the party's address, or null
 * @param itemName            the power item
 * @param caseNumber          the case number (办件编号)
 * @param decisionDate        the decision's date, printed under the seal in characters
 * @param facts               what was applied for / what was found (事实), one or more paragraphs
 * @param reasons             why the department decides so (理由), one or more paragraphs; may be null for
 *                            an approval
 * @param legalBases          the provisions the decision rests on: 《中华人民共和国建筑法》第六十四条; at least one
 * @param fine                for a penalty, the fine in yuan (two decimals at most); null otherwise
 * @param paymentInstructions for a penalty, where and how to pay (bank, account, payment code); null otherwise
 * @param reconsiderationBody where to apply for administrative reconsideration: 仪征市人民政府; required
 *                            for a denial or a penalty
 * @param court               where to sue: 仪征市人民法院; required for a denial or a penalty
 */
public record DecisionDocument(
        DecisionKind kind,
        String departmentName,
        String documentNumber,
        String partyName,
        String partyAddress,
        String itemName,
        String caseNumber,
        LocalDate decisionDate,
        String facts,
        String reasons,
        List<String> legalBases,
        BigDecimal fine,
        String paymentInstructions,
        String reconsiderationBody,
        String court) {

    public DecisionDocument {
        Required.value(kind, "kind");
        Required.text(departmentName, "departmentName");
        Required.text(documentNumber, "documentNumber");
        Required.text(partyName, "partyName");
        Required.text(itemName, "itemName");
        Required.text(caseNumber, "caseNumber");
        Required.value(decisionDate, "decisionDate");
        Required.text(facts, "facts");
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        if (legalBases.isEmpty()) {
            throw new IllegalArgumentException("a decision rests on at least one legal basis");
        }
        if (kind == DecisionKind.PENALTY) {
            Required.value(fine, "fine");
            if (fine.signum() <= 0) {
                throw new IllegalArgumentException("a fine must be positive: " + fine);
            }
            ChineseFormats.amountInFigures(fine); // no fractions of a fen
            Required.text(paymentInstructions, "paymentInstructions");
        } else if (fine != null || paymentInstructions != null) {
            throw new IllegalArgumentException("only a penalty has a fine and payment instructions");
        }
        if (kind != DecisionKind.LICENSING_APPROVAL) {
            Required.text(reasons, "reasons");
            Required.text(reconsiderationBody, "reconsiderationBody");
            Required.text(court, "court");
        }
    }

    /** Whether the document tells the party of its right to reconsideration and to sue. */
    public boolean statesRemedies() {
        return kind != DecisionKind.LICENSING_APPROVAL;
    }
}
