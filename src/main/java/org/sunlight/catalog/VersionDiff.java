package org.sunlight.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.catalog.internal.ContentComparison;
import org.sunlight.catalog.internal.ContentRules;
import org.sunlight.common.InvalidInputException;
import org.sunlight.common.NotFoundException;

/**
 * The readable difference between two versions of an item, field by field and list entry by list
 * entry, labelled in the reader's language ({@code i18n/catalog*.properties}). Used by the staff
 * item page and reviewers, and by the public change history.
 * <p>
 * It checks no access: callers decide what the asker may see (the public shows only published and
 * superseded versions).
 */
@Service
@Transactional(readOnly = true)
public class VersionDiff {

    private final CatalogStore store;
    private final MessageSource messages;

    VersionDiff(CatalogStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    /** From version {@code fromVersionId} to {@code toVersionId}; both must be versions of one item. */
    public VersionComparison between(long fromVersionId, long toVersionId, Locale locale) {
        PowerItemVersionView from = load(fromVersionId);
        PowerItemVersionView to = load(toVersionId);
        if (from.itemId() != to.itemId()) {
            throw new InvalidInputException("to", "catalog.diff.other-item");
        }
        return new VersionComparison(to.itemId(), from.versionNo(), to.versionNo(), compare(from.content(), to.content(), locale));
    }

    /** From the version numbered just below (or from nothing, for the first version) to {@code versionId}. */
    public VersionComparison againstPrevious(long versionId, Locale locale) {
        PowerItemVersionView to = load(versionId);
        PowerItemVersionView from = store.previousVersion(to.itemId(), to.versionNo()).orElse(null);
        return new VersionComparison(to.itemId(), from == null ? null : from.versionNo(), to.versionNo(),
                compare(from == null ? ContentRules.empty() : from.content(), to.content(), locale));
    }

    /**
     * From the published version before {@code versionId} (skipping drafts and rejected versions
     * between them) — the public history's view of "what changed in this version".
     */
    public VersionComparison againstPreviousPublished(long versionId, Locale locale) {
        PowerItemVersionView to = load(versionId);
        PowerItemVersionView from = store.versions(to.itemId()).stream()
                .filter(v -> v.versionNo() < to.versionNo())
                .filter(v -> v.state() == VersionState.PUBLISHED || v.state() == VersionState.SUPERSEDED)
                .findFirst().orElse(null);
        return new VersionComparison(to.itemId(), from == null ? null : from.versionNo(), to.versionNo(),
                compare(from == null ? ContentRules.empty() : from.content(), to.content(), locale));
    }

    /** The difference between two contents (either may be null, meaning empty). */
    public List<DiffLine> compare(PowerItemContent before, PowerItemContent after, Locale locale) {
        List<DiffLine> lines = new ArrayList<>();
        for (ContentComparison.Raw raw : ContentComparison.compare(before, after)) {
            lines.add(new DiffLine(raw.path(), raw.change(), label(raw.sectionKey(), locale), entry(raw.entry(), locale),
                    raw.fieldKey() == null ? null : label(raw.fieldKey(), locale), text(raw.before(), locale),
                    text(raw.after(), locale)));
        }
        return lines;
    }

    private PowerItemVersionView load(long id) {
        return store.version(id).orElseThrow(() -> new NotFoundException("catalog.version.not-found", String.valueOf(id)));
    }

    private String label(String path, Locale locale) {
        return messages.getMessage("catalog.field." + path, null, path, locale);
    }

    private String entry(List<Object> parts, Locale locale) {
        if (parts.isEmpty()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (Object p : parts) {
            texts.add(text(p, locale));
        }
        return String.join(" ", texts);
    }

    /** A value as the reader sees it: labels for codes, plain amounts, "20 工作日" for limits. */
    private String text(Object value, Locale locale) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean b) {
            return messages.getMessage(b ? "catalog.yes" : "catalog.no", null, locale);
        }
        if (value instanceof Enum<?> e) {
            String key = "catalog.enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
            return messages.getMessage(key, null, e.name(), locale);
        }
        if (value instanceof TimeLimit t) {
            String unit = t.unit() == null ? "" : " " + text(t.unit(), locale);
            return (t.days() == null ? messages.getMessage("catalog.limit.none", null, locale) : t.days().toString()) + unit;
        }
        if (value instanceof List<?> list) {
            List<String> texts = new ArrayList<>();
            for (Object o : list) {
                texts.add(text(o, locale));
            }
            return String.join("；", texts);
        }
        return String.valueOf(value);
    }
}
