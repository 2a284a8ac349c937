package org.sunlight.calendar;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sunlight.calendar.ExplanationLine.Amount;
import org.sunlight.calendar.ExplanationLine.HolidayName;
import org.sunlight.calendar.ExplanationLine.TimeSpan;

/**
 * Turns explanation lines into text in Chinese (default) or English. Pure Java: the message
 * patterns come from a lookup (in the application: the calendar message bundle), arguments are
 * formatted here so dates read naturally in each language ("10月1日至7日" / "1–7 Oct"). The year is
 * shown only when it differs from {@code referenceYear} (the start's year).
 */
public final class ExplanationRenderer {

    private static final DateTimeFormatter ZH_MD = DateTimeFormatter.ofPattern("M月d日");
    private static final DateTimeFormatter ZH_YMD = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter EN_DM = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DMY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    /** English names of the holidays in the State Council notices. */
    private static final Map<String, String> HOLIDAYS_EN = Map.ofEntries(
            Map.entry("元旦", "New Year's Day"),
            Map.entry("春节", "Spring Festival"),
            Map.entry("清明节", "Qingming Festival"),
            Map.entry("劳动节", "Labour Day"),
            Map.entry("端午节", "Dragon Boat Festival"),
            Map.entry("中秋节", "Mid-Autumn Festival"),
            Map.entry("国庆节", "National Day"),
            Map.entry("国庆节、中秋节", "National Day and Mid-Autumn Festival"));

    private final Function<String, String> patterns;
    private final boolean english;
    private final Locale locale;

    /**
     * @param patterns message key → raw MessageFormat pattern in {@code locale} (null when missing)
     */
    public ExplanationRenderer(Function<String, String> patterns, Locale locale) {
        this.patterns = patterns;
        this.locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        this.english = "en".equals(this.locale.getLanguage());
    }

    public List<String> render(List<ExplanationLine> lines, int referenceYear) {
        return lines.stream().map(l -> render(l, referenceYear)).toList();
    }

    public String render(ExplanationLine line, int referenceYear) {
        Object[] args = line.args().stream().map(a -> format(a, referenceYear)).toArray();
        return format(line.key(), args);
    }

    private String format(String key, Object[] args) {
        String pattern = patterns.apply(key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    String format(Object arg, int year) {
        if (arg instanceof LocalDate d) {
            return date(d, year);
        }
        if (arg instanceof DaySpan s) {
            return span(s, year);
        }
        if (arg instanceof LocalDateTime t) {
            return date(t.toLocalDate(), year) + " " + t.format(HM);
        }
        if (arg instanceof TimeSpan s) {
            return format("calendar.explain.span", new Object[] {format(s.from(), year), format(s.to(), year)});
        }
        if (arg instanceof HolidayName h) {
            return english ? HOLIDAYS_EN.getOrDefault(h.name(), h.name()) : h.name();
        }
        if (arg instanceof Amount a) {
            return format("calendar.amount." + a.unit().name(), new Object[] {a.value()});
        }
        if (arg instanceof PauseKind k) {
            return format("calendar.pause-kind." + k.name(), new Object[0]);
        }
        if (arg instanceof Collection<?> c) {
            return c.stream().map(x -> format(x, year)).collect(Collectors.joining(english ? " and " : "、"));
        }
        return String.valueOf(arg);
    }

    private String date(LocalDate d, int year) {
        boolean withYear = d.getYear() != year;
        if (english) {
            return d.format(withYear ? EN_DMY : EN_DM);
        }
        return d.format(withYear ? ZH_YMD : ZH_MD);
    }

    private String span(DaySpan s, int year) {
        LocalDate a = s.from();
        LocalDate b = s.to();
        if (s.single()) {
            return date(a, year);
        }
        boolean sameYear = a.getYear() == b.getYear();
        boolean sameMonth = sameYear && a.getMonth() == b.getMonth();
        boolean withYear = !sameYear || a.getYear() != year;
        if (english) {
            if (sameMonth) {
                return a.getDayOfMonth() + "–" + b.format(withYear ? EN_DMY : EN_DM);
            }
            return a.format(withYear ? EN_DMY : EN_DM) + " – " + b.format(withYear ? EN_DMY : EN_DM);
        }
        String left = a.format(withYear ? ZH_YMD : ZH_MD);
        if (sameMonth) {
            return left + "至" + b.getDayOfMonth() + "日";
        }
        if (sameYear) {
            return left + "至" + b.format(ZH_MD);
        }
        return left + "至" + b.format(ZH_YMD);
    }
}
