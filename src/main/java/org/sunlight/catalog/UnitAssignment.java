package org.sunlight.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.catalog.internal.CatalogAccess;
import org.sunlight.catalog.internal.CatalogJournal;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.common.Checks;
import org.sunlight.common.ConflictException;
import org.sunlight.common.InvalidInputException;
import org.sunlight.identity.Role;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.UnitView;

/**
 * The department clerk assigns the department's items to its units, by number range (as the seed's
 * bureau did: items 3–15 to 法规科, 16–44 to 物管科, …) or by a selection; a null unit takes items
 * back to the department. Unit clerks then keep only their unit's items. Each item moved is a
 * step of its trail and an audit entry; items already in the unit are left alone.
 */
@Service
@Transactional
public class UnitAssignment {

    private final CatalogStore store;
    private final CatalogAccess access;
    private final CatalogJournal journal;
    private final OrganizationDirectory organization;

    UnitAssignment(CatalogStore store, CatalogAccess access, CatalogJournal journal, OrganizationDirectory organization) {
        this.store = store;
        this.access = access;
        this.journal = journal;
        this.organization = organization;
    }

    /** What an assignment did: the codes of the items moved (unchanged ones are not listed). */
    public record Result(Long unitId, List<String> moved, int unchanged) {
    }

    public Result assignRange(long departmentId, Integer fromSeq, Integer toSeq, Long unitId) {
        Checks checks = Checks.start();
        checks.require(fromSeq != null, "fromSeq", "error.required");
        checks.require(toSeq != null, "toSeq", "error.required");
        if (fromSeq != null && toSeq != null) {
            checks.require(fromSeq >= 1, "fromSeq", "catalog.item.seq-positive");
            checks.require(fromSeq <= toSeq, "toSeq", "catalog.assign.range-order", String.valueOf(fromSeq), String.valueOf(toSeq));
        }
        checks.throwIfAny();
        access.requireAssign(departmentId);
        UnitView unit = unit(departmentId, unitId);
        List<PowerItemView> items = store.itemsInRange(departmentId, fromSeq, toSeq);
        if (items.isEmpty()) {
            throw new InvalidInputException("fromSeq", "catalog.assign.none-in-range", String.valueOf(fromSeq), String.valueOf(toSeq));
        }
        return assign(items, unit);
    }

    public Result assignSelected(long departmentId, List<Long> itemIds, Long unitId) {
        if (itemIds == null || itemIds.isEmpty()) {
            throw new InvalidInputException("itemIds", "catalog.assign.none-selected");
        }
        access.requireAssign(departmentId);
        UnitView unit = unit(departmentId, unitId);
        List<PowerItemView> items = new ArrayList<>();
        for (Long id : itemIds.stream().filter(Objects::nonNull).distinct().toList()) {
            PowerItemView item = Versions.loadItem(store, id);
            if (item.departmentId() != departmentId) {
                throw new InvalidInputException("itemIds", "catalog.assign.other-department", item.code());
            }
            items.add(item);
        }
        return assign(items, unit);
    }

    private Result assign(List<PowerItemView> items, UnitView unit) {
        Long unitId = unit == null ? null : unit.id();
        List<String> moved = new ArrayList<>();
        int unchanged = 0;
        String actor = access.username();
        for (PowerItemView item : items) {
            if (Objects.equals(item.unitId(), unitId)) {
                unchanged++;
                continue;
            }
            try {
                store.assignUnit(item.id(), item.version(), unitId);
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                throw new ConflictException("error.stale");
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("unitId", unitId);
            details.put("previousUnitId", item.unitId());
            journal.step(item, null, "ASSIGN", null, null, Role.CATALOG_CLERK, actor, unit == null ? null : unit.name(), details);
            moved.add(item.code());
        }
        return new Result(unitId, List.copyOf(moved), unchanged);
    }

    /** The unit, which must be an active unit of the department; null means "no unit". */
    private UnitView unit(long departmentId, Long unitId) {
        if (unitId == null) {
            return null;
        }
        return organization.unit(unitId).filter(u -> u.active() && u.departmentId() == departmentId)
                .orElseThrow(() -> new InvalidInputException("unitId", "catalog.item.unit-not-in-department"));
    }
}
