package org.sunlight.casework.internal.attachments;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * One file offered for storing: the input field it came in (named in refusals), the name the client
 * gave, its size and content that can be opened more than once (checked first, stored after).
 */
public record Upload(String field, String fileName, long size, InputStreamSource content) {

    public static Upload of(String field, MultipartFile file) {
        return new Upload(field, file.getOriginalFilename(), file.getSize(), file);
    }

    public static Upload of(String field, String fileName, byte[] bytes) {
        return new Upload(field, fileName, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    /** The files of one multipart parameter, their fields named {@code param[0]}, {@code param[1]}, ... */
    public static List<Upload> ofFiles(String param, List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            uploads.add(of(param + "[" + i + "]", files.get(i)));
        }
        return uploads;
    }
}
