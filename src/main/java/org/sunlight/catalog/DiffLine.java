package org.sunlight.catalog;

/**
 * One difference between two versions, ready to show: the section (e.g. 法律依据 / Legal basis), the
 * entry of a list it concerns (e.g. 《物业管理条例》 第六十条; null for single fields), the field (null
 * when a whole entry was added or removed), and the values before and after as display text (null
 * when absent). {@code path} names the field in the content, e.g. {@code legalBases[1].article}.
 */
public record DiffLine(String path, Change change, String section, String entry, String field, String before,
        String after) {

    public enum Change {
        ADDED, REMOVED, CHANGED
    }

    /** "section · entry · field", leaving out what is absent. */
    public String label() {
        StringBuilder b = new StringBuilder(section);
        if (entry != null && !entry.isBlank()) {
            b.append(" · ").append(entry);
        }
        if (field != null) {
            b.append(" · ").append(field);
        }
        return b.toString();
    }
}
