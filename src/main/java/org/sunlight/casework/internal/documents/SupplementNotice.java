package org.sunlight.casework.internal.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * 补正告知书: the department tells the party, all at once, which materials are missing or not in the legal
 * form. The template adds that the time limit counts from receipt of the complete materials.
 *
 * @param departmentName the department: 仪征市住房和城乡建设局
 * @param documentNumber the notice's number: 仪住建补字〔2026〕第7号
 * @param partyName      the applicant the notice is addressed to
 * @param itemName       the power item applied for
 * @param caseNumber     the case number (办件编号)
 * @param receivedOn     when the incomplete materials were received
 * @param noticeDate     the notice's date
 * @param missing        what to supplement and why; at least one
 * @param contactPhone   the department's phone for questions
 */
public record SupplementNotice(
        String departmentName,
        String documentNumber,
        String partyName,
        String itemName,
        String caseNumber,
        LocalDate receivedOn,
        LocalDate noticeDate,
        List<MissingMaterial> missing,
        String contactPhone) {

    public SupplementNotice {
        Required.text(departmentName, "departmentName");
        Required.text(documentNumber, "documentNumber");
        Required.text(partyName, "partyName");
        Required.text(itemName, "itemName");
        Required.text(caseNumber, "caseNumber");
        Required.value(receivedOn, "receivedOn");
        Required.value(noticeDate, "noticeDate");
        missing = missing == null ? List.of() : List.copyOf(missing);
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("a supplement notice names at least one missing material");
        }
        Required.text(contactPhone, "contactPhone");
    }

    /**
     * One material to supplement.
     *
     * @param name   the material: 营业执照复印件
     * @param reason what is wrong or needed: 未加盖公章
     */
    public record MissingMaterial(String name, String reason) {

        public MissingMaterial {
            Required.text(name, "missing.name");
            Required.text(reason, "missing.reason");
        }
    }
}
