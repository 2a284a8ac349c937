package org.sunlight.common;

/**
 * A notice shown on the workspace landing page, e.g. "next year's working-day calendar is missing".
 * {@code level} is a Bootstrap alert level (info, warning, danger).
 */
public record WorkspaceNotice(String level, String messageKey, Object[] args, String href) {
}
