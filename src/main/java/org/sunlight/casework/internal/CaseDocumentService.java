package org.sunlight.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.casework.CaseEvent;
import org.sunlight.casework.CaseEventType;
import org.sunlight.casework.internal.documents.AcceptanceNotice;
import org.sunlight.casework.internal.documents.CaseDocuments;
import org.sunlight.casework.internal.documents.DecisionDocument;
import org.sunlight.casework.internal.documents.DecisionKind;
import org.sunlight.casework.internal.documents.SupplementNotice;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.common.ConflictException;
import org.sunlight.identity.Actor;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.RegionView;

/**
 * The case's documents as PDF, filled from its log: the acceptance notice (受理通知书) from its acceptance, the
 * latest supplement notice (补正告知书) and the decision (决定书). Staff in scope and the applicant may print them.
 */
@Service
@Transactional(readOnly = true)
public class CaseDocumentService {

    public enum Kind { ACCEPTANCE_NOTICE, SUPPLEMENT_NOTICE, DECISION }

    private final CaseStore store;
    private final CaseQueriesService queries;
    private final CaseDocuments documents;
    private final CatalogQueries catalog;
    private final OrganizationDirectory organization;
    private final ZoneId zone;

    CaseDocumentService(CaseStore store, CaseQueriesService queries, CaseDocuments documents, CatalogQueries catalog,
            OrganizationDirectory organization, java.time.Clock clock) {
        this.store = store;
        this.queries = queries;
        this.documents = documents;
        this.catalog = catalog;
        this.organization = organization;
        this.zone = clock.getZone();
    }

    /** The document, or empty when the case is unknown or not the actor's to see; 409 when the case has no such document yet. */
    public Optional<byte[]> render(Actor actor, long caseId, Kind kind) {
        Optional<CaseStore.Loaded> loaded = store.load(caseId).filter(l -> queries.canSee(actor, l.file()));
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        CaseFile f = loaded.get().file();
        List<CaseEvent> events = store.events(caseId);
        PowerItemContent item = catalog.version(f.itemVersionId).orElseThrow().content();
        DepartmentView department = organization.department(f.departmentId).orElseThrow();
        String phone = item.service() == null ? null : item.service().consultationPhone();
        return Optional.of(switch (kind) {
            case ACCEPTANCE_NOTICE -> {
                CaseEvent accepted = last(events, CaseEventType.ACCEPTED);
                List<String> materials = item.materials() == null ? List.of()
                        : item.materials().stream().map(PowerItemContent.Material::name).toList();
                yield documents.acceptanceNotice(new AcceptanceNotice(department.name(), accepted.text("documentNumber"), f.party.name(),
                        f.itemName, f.number, f.queryCode, day(f.receivedAt), day(accepted.occurredAt()), limitText(f),
                        f.dueAt == null ? null : day(f.dueAt.minusNanos(1)), "/public/cases/lookup", phone, materials));
            }
            case SUPPLEMENT_NOTICE -> {
                CaseEvent notice = last(events, CaseEventType.SUPPLEMENT_REQUESTED);
                String why = notice.text("note") == null ? "未提交或不符合法定形式" : notice.text("note");
                List<SupplementNotice.MissingMaterial> missing = new ArrayList<>();
                for (Object m : (List<?>) notice.payload().get("missing")) {
                    missing.add(new SupplementNotice.MissingMaterial(String.valueOf(m), why));
                }
                yield documents.supplementNotice(new SupplementNotice(department.name(), notice.text("documentNumber"), f.party.name(),
                        f.itemName, f.number, day(f.receivedAt), day(notice.occurredAt()), missing, phone));
            }
            case DECISION -> {
                CaseEvent decided = last(events, CaseEventType.DECIDED);
                RegionView region = organization.region(f.regionCode).orElseThrow();
                DecisionKind dk = f.penalty() ? DecisionKind.PENALTY
                        : Boolean.TRUE.equals(f.approved) ? DecisionKind.LICENSING_APPROVAL : DecisionKind.LICENSING_DENIAL;
                String facts = f.penalty() ? f.facts
                        : "申请人" + f.party.name() + "于" + day(f.receivedAt) + "申请" + f.itemName + "，本机关于"
                                + (f.acceptedAt == null ? day(f.receivedAt) : day(f.acceptedAt)) + "受理。";
                List<String> bases = new ArrayList<>();
                if (item.legalBases() != null) {
                    item.legalBases().forEach(b -> bases.add(b.law() + (b.article() == null ? "" : b.article())));
                }
                if (f.penalty() && item.penalty() != null && item.penalty().penaltyArticle() != null) {
                    bases.add(item.penalty().penaltyArticle());
                }
                yield documents.decision(new DecisionDocument(dk, department.name(), decided.text("documentNumber"), f.party.name(),
                        f.party.address(), f.itemName, f.number, day(decided.occurredAt()), facts, decided.text("opinion"), bases,
                        f.penalty() ? f.assessment.fine() : null,
                        f.penalty() ? "请自收到本决定书之日起十五日内，持本决定书到指定银行缴纳罚款。" : null,
                        dk == DecisionKind.LICENSING_APPROVAL ? null : region.name() + "人民政府",
                        dk == DecisionKind.LICENSING_APPROVAL ? null : region.name() + "人民法院"));
            }
        });
    }

    private static CaseEvent last(List<CaseEvent> events, CaseEventType type) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).type() == type) {
                return events.get(i);
            }
        }
        throw new ConflictException("casework.document.not-yet." + type.name());
    }

    private static String limitText(CaseFile f) {
        if (f.limit < 1) {
            return "—";
        }
        return f.limit + ("WORKING_DAYS".equals(f.limitUnit) ? "个工作日" : "日");
    }

    private LocalDate day(Instant i) {
        return LocalDate.ofInstant(i, zone);
    }
}
