package org.sunlight.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough reading of a rendered page for assertions (the project has no HTML parser on its test
 * classpath, and the real-browser tests cover the rest): elements by id or by name, their text,
 * attributes and form values, counted by a CSS-like "tag[attr=value]" prefix.
 */
final class PageHtml {

    private final String html;

    private PageHtml(String html) {
        this.html = html;
    }

    static PageHtml of(String html) {
        return new PageHtml(html);
    }

    /** The text (tags stripped, whitespace collapsed) of the element with this id; "" when absent. */
    String text(String id) {
        int start = startOf("id", id);
        return start < 0 ? "" : clean(inner(start));
    }

    boolean has(String id) {
        return startOf("id", id) >= 0;
    }

    /** An attribute of the element with this id. */
    String attr(String id, String attribute) {
        int start = startOf("id", id);
        return start < 0 ? null : attribute(openTag(start), attribute);
    }

    /** The value a form control named {@code name} would send (input value, textarea text, selected option). */
    String value(String name) {
        int start = startOf("name", name);
        if (start < 0) {
            return null;
        }
        String tag = tagName(start);
        // a checkbox's hidden twin comes first: skip hidden inputs when a visible control of that name follows
        if (tag.equals("textarea")) {
            return unescape(inner(start));
        }
        if (tag.equals("select")) {
            Matcher m = Pattern.compile("<option[^>]*selected[^>]*value=\"([^\"]*)\"|<option[^>]*value=\"([^\"]*)\"[^>]*selected")
                    .matcher(inner(start));
            return m.find() ? unescape(m.group(1) != null ? m.group(1) : m.group(2)) : "";
        }
        String v = attribute(openTag(start), "value");
        return v == null ? "" : v;
    }

    /** Values of every control whose name matches the regex, in page order. */
    List<String> values(String nameRegex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<(input|textarea|select)\\b[^>]*\\bname=\"(" + nameRegex + ")\"").matcher(html);
        while (m.find()) {
            out.add(value(unescape(m.group(2))));
        }
        return out;
    }

    /** How many times the regex occurs in the page. */
    int count(String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The texts of the {@code li} elements inside the element with this id. */
    List<String> items(String id) {
        int start = startOf("id", id);
        List<String> out = new ArrayList<>();
        if (start < 0) {
            return out;
        }
        Matcher m = Pattern.compile("<li\\b[^>]*>(.*?)</li>", Pattern.DOTALL).matcher(inner(start));
        while (m.find()) {
            out.add(clean(m.group(1)));
        }
        return out;
    }

    // ---- scanning

    private int startOf(String attribute, String value) {
        Matcher m = Pattern.compile("<[a-zA-Z][a-zA-Z0-9]*\\b[^>]*\\b" + attribute + "=\"" + Pattern.quote(escape(value)) + "\"").matcher(html);
        int found = -1;
        while (m.find()) {
            found = m.start();
            // prefer the visible control over a checkbox's hidden twin
            if (!openTag(found).contains("type=\"hidden\"")) {
                return found;
            }
        }
        return found;
    }

    private String openTag(int start) {
        return html.substring(start, html.indexOf('>', start) + 1);
    }

    private String tagName(int start) {
        Matcher m = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)").matcher(html);
        m.find(start);
        return m.group(1).toLowerCase();
    }

    /** The element's inner HTML, matching nested elements of the same tag. */
    private String inner(int start) {
        String tag = tagName(start);
        int open = html.indexOf('>', start) + 1;
        if (List.of("input", "meta", "link", "br", "img", "hr").contains(tag)) {
            return "";
        }
        Matcher m = Pattern.compile("<(/?)" + tag + "\\b[^>]*>").matcher(html);
        int depth = 1;
        int pos = open;
        while (m.find(pos)) {
            depth += m.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return html.substring(open, m.start());
            }
            pos = m.end();
        }
        return html.substring(open);
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? unescape(m.group(1)) : null;
    }

    private static String clean(String inner) {
        return unescape(inner.replaceAll("(?s)<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;");
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
