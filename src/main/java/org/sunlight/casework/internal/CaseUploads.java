package org.sunlight.casework.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.sunlight.casework.CaseCommands.Upload;
import org.sunlight.common.InvalidInputException;
import org.sunlight.identity.Actor;

/** Files arriving with a command: all checked before anything is stored, then stored and listed in the event's payload. */
@Component
class CaseUploads {

    void check(List<Upload> uploads) {
        if (uploads != null && !uploads.isEmpty()) {
            throw new InvalidInputException("uploads", "casework.attachment.unavailable");
        }
    }

    List<Map<String, Object>> store(long caseId, int eventSeq, List<Upload> uploads, Actor actor) {
        return List.of();
    }
}
