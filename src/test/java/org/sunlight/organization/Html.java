package org.sunlight.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough HTML reading for page tests, without a parser dependency: the pages are our own
 * Thymeleaf output, so elements are found by id and attributes read from their start tags.
 */
final class Html {

    private final String html;

    private Html(String html) {
        this.html = html;
    }

    static Html of(String html) {
        return new Html(html);
    }

    /** The start tag of the element with this id, if present. */
    Optional<String> tag(String id) {
        Matcher m = Pattern.compile("<[a-zA-Z]+\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    boolean has(String id) {
        return tag(id).isPresent();
    }

    /** The text of the element with this id (its content up to the next tag), unescaped. */
    String text(String id) {
        Matcher m = Pattern.compile("<[a-zA-Z]+\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? unescape(m.group(1).strip()) : null;
    }

    /** An attribute of the element with this id. */
    String attr(String id, String name) {
        return tag(id).map(t -> {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(t);
            return m.find() ? unescape(m.group(1)) : null;
        }).orElse(null);
    }

    boolean hasClass(String id, String cls) {
        String classes = attr(id, "class");
        return classes != null && List.of(classes.split("\\s+")).contains(cls);
    }

    /** The text of the label for this field id, tags removed. */
    String label(String forId) {
        Matcher m = Pattern.compile("<label\\b[^>]*\\bfor=\"" + Pattern.quote(forId) + "\"[^>]*>(.*?)</label>", Pattern.DOTALL).matcher(html);
        return m.find() ? unescape(m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip()) : null;
    }

    /** Ids of the visible inputs and selects of the form with this id. */
    List<String> fieldIds(String formId) {
        Matcher form = Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>", Pattern.DOTALL).matcher(html);
        List<String> ids = new ArrayList<>();
        if (form.find()) {
            Matcher field = Pattern.compile("<(input|select)\\b[^>]*>").matcher(form.group(1));
            while (field.find()) {
                String tag = field.group();
                if (tag.contains("type=\"hidden\"")) {
                    continue;
                }
                Matcher id = Pattern.compile("\\bid=\"([^\"]*)\"").matcher(tag);
                ids.add(id.find() ? id.group(1) : "(no id) " + tag);
            }
        }
        return ids;
    }

    boolean contains(String text) {
        return html.contains(text);
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
