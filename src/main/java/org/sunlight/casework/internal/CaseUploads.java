package org.sunlight.casework.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.sunlight.casework.CaseCommands;
import org.sunlight.casework.internal.attachments.AttachmentStore;
import org.sunlight.casework.internal.attachments.StoredAttachment;
import org.sunlight.casework.internal.attachments.Upload;
import org.sunlight.identity.Actor;

/**
 * Files arriving with a command: all checked before anything is stored (size, real type), then stored in the
 * command's transaction and listed, with their SHA-256, in the event's payload.
 */
@Component
class CaseUploads {

    static final String FIELD = "uploads";

    private final AttachmentStore store;

    CaseUploads(AttachmentStore store) {
        this.store = store;
    }

    void check(List<CaseCommands.Upload> uploads) {
        if (uploads != null && !uploads.isEmpty()) {
            store.validate(FIELD, convert(uploads));
        }
    }

    List<Map<String, Object>> store(long caseId, int eventSeq, List<CaseCommands.Upload> uploads, Actor actor) {
        if (uploads == null || uploads.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> listed = new ArrayList<>();
        for (StoredAttachment a : store.storeAll(caseId, eventSeq, FIELD, convert(uploads), actor.username())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("name", a.fileName());
            m.put("mediaType", a.mediaType());
            m.put("size", a.sizeBytes());
            m.put("sha256", a.sha256());
            listed.add(m);
        }
        return listed;
    }

    private static List<Upload> convert(List<CaseCommands.Upload> uploads) {
        List<Upload> list = new ArrayList<>(uploads.size());
        for (int i = 0; i < uploads.size(); i++) {
            CaseCommands.Upload u = uploads.get(i);
            list.add(Upload.of(FIELD + "[" + i + "]", u.fileName(), u.content()));
        }
        return list;
    }
}
