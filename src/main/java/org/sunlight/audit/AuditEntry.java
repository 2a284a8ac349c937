package org.sunlight.audit;

/**
 * What a module tells the audit trail about one action. {@code before} and {@code after} are
 * short canonical texts (e.g. JSON of the changed fields) of the object's state; either may be null.
 * {@code actor} and {@code role} may be left null: the trail then takes them from the signed-in
 * user (or "anonymous"). The client address is taken from the current request.
 */
public record AuditEntry(String action, String objectType, String objectId, String before, String after,
        boolean success, String actor, String role) {

    public static AuditEntry of(String action, String objectType, Object objectId) {
        return new AuditEntry(action, objectType, objectId == null ? null : String.valueOf(objectId), null, null, true, null, null);
    }

    public AuditEntry before(String text) {
        return new AuditEntry(action, objectType, objectId, text, after, success, actor, role);
    }

    public AuditEntry after(String text) {
        return new AuditEntry(action, objectType, objectId, before, text, success, actor, role);
    }

    public AuditEntry failed() {
        return new AuditEntry(action, objectType, objectId, before, after, false, actor, role);
    }

    /** For actions without a signed-in user, e.g. a failed login names the username tried. */
    public AuditEntry by(String actorName, String roleName) {
        return new AuditEntry(action, objectType, objectId, before, after, success, actorName, roleName);
    }
}
