package org.sunlight.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.sunlight.casework.CaseEvent;
import org.sunlight.casework.CaseEventType;

/** A case's log as the page shows it: each event with its opinion, lists and names already read out of the payload. */
final class Timeline {

    private Timeline() {
    }

    /**
     * One entry. {@code opinion} is the free text the actor wrote (opinion, reason or note); {@code officers} the
     * names of officers named by the event; {@code showRecorded} whether it was recorded later than it happened.
     */
    record Row(CaseEvent event, String opinion, List<String> missing, List<String> officers, List<String> factors,
            Map<String, Object> variables, boolean showRecorded) {

        /** The files that came with the event: id, name, media type, size and SHA-256 each. */
        public List<Map<String, Object>> attachments() {
            List<Map<String, Object>> list = new ArrayList<>();
            if (event.payload().get("attachments") instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof Map<?, ?> m) {
                        Map<String, Object> copy = new java.util.LinkedHashMap<>();
                        m.forEach((k, v) -> copy.put(String.valueOf(k), v));
                        list.add(copy);
                    }
                }
            }
            return list;
        }

        public String text(String key) {
            return event.text(key);
        }

        public boolean flag(String key) {
            return Boolean.TRUE.equals(event.payload().get(key));
        }
    }

    static List<Row> of(List<CaseEvent> events, LongFunction<String> staffName, CaseTimes times) {
        List<Row> rows = new ArrayList<>(events.size());
        for (CaseEvent e : events) {
            String opinion = e.type() == CaseEventType.SPECIAL_PROCEDURE_ENDED ? e.text("result")
                    : first(e.text("opinion"), e.text("reason"), e.text("note"));
            List<String> officers = new ArrayList<>();
            for (String key : List.of("officerStaffIds", "staffIds")) {
                if (e.payload().get(key) instanceof List<?> ids) {
                    ids.forEach(id -> officers.add(staffName.apply(((Number) id).longValue())));
                }
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> variables = e.payload().get("variables") instanceof Map<?, ?> m && !m.isEmpty()
                    ? (Map<String, Object>) m : null;
            rows.add(new Row(e, opinion, strings(e.payload().get("missing")), officers, strings(e.payload().get("factors")),
                    e.type() == CaseEventType.APPLIED ? null : variables,
                    e.backfill() || times.differs(e.occurredAt(), e.recordedAt())));
        }
        return rows;
    }

    private static List<String> strings(Object v) {
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
