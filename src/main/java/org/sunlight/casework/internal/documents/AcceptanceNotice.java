package org.sunlight.casework.internal.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * 受理通知书: the department tells the party that its application was accepted, by when it will be decided
 * and how to follow it. Every text is printed as given (escaped); labels are in the template.
 *
 * @param departmentName the deciding department, printed as the header and above the date: 仪征市住房和城乡建设局
 * @param documentNumber the notice's number: 仪住建受字〔2026〕第3号
 * @param partyName      the applicant (person or organisation) the notice is addressed to
 * @param itemName       the power item applied for
 * @param caseNumber     the case number (办件编号)
 * @param queryCode      the query code the public lookup asks for with the case number
 * @param receivedOn     when the application materials were received
 * @param acceptedOn     when the application was accepted; the notice's date
 * @param promisedLimit  the promised time limit as a phrase: 20个工作日
 * @param dueDate        the day the case is due by that limit
 * @param lookupUrl      where the party can follow the case
 * @param contactPhone   the department's phone for questions
 * @param materials      the materials received, in order (may be empty)
 */
public record AcceptanceNotice(
        String departmentName,
        String documentNumber,
        String partyName,
        String itemName,
        String caseNumber,
        String queryCode,
        LocalDate receivedOn,
        LocalDate acceptedOn,
        String promisedLimit,
        LocalDate dueDate,
        String lookupUrl,
        String contactPhone,
        List<String> materials) {

    public AcceptanceNotice {
        Required.text(departmentName, "departmentName");
        Required.text(documentNumber, "documentNumber");
        Required.text(partyName, "partyName");
        Required.text(itemName, "itemName");
        Required.text(caseNumber, "caseNumber");
        Required.text(queryCode, "queryCode");
        Required.value(receivedOn, "receivedOn");
        Required.value(acceptedOn, "acceptedOn");
        Required.text(promisedLimit, "promisedLimit");
        Required.value(dueDate, "dueDate");
        Required.text(lookupUrl, "lookupUrl");
        Required.text(contactPhone, "contactPhone");
        materials = materials == null ? List.of() : List.copyOf(materials);
    }
}
