package org.sunlight.audit.internal;

import java.util.List;

/** One page of search results, newest first. No total count: counting millions of rows per page view is waste. */
public record AuditEntryPage(int page, int size, boolean hasNext, List<AuditEntryView> entries) {
}
