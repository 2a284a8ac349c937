package org.sunlight.catalog.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.sunlight.catalog.LimitUnit;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.Contact;
import org.sunlight.catalog.PowerItemContent.ExerciseLevel;
import org.sunlight.catalog.PowerItemContent.Fee;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.PowerItemContent.LegalBasis;
import org.sunlight.catalog.PowerItemContent.Material;
import org.sunlight.catalog.PowerItemContent.MaterialForm;
import org.sunlight.catalog.PowerItemContent.Penalty;
import org.sunlight.catalog.PowerItemContent.Responsibility;
import org.sunlight.catalog.PowerItemContent.ResponsibilityStage;
import org.sunlight.catalog.PowerItemContent.RiskGrade;
import org.sunlight.catalog.PowerItemContent.RiskPoint;
import org.sunlight.catalog.PowerItemContent.Service;
import org.sunlight.catalog.TimeLimit;

/**
 * Random but valid catalog content for property-style tests: every optional part sometimes missing,
 * texts with Chinese, ASCII, digits that look like numbers, line breaks and padding, amounts with
 * trailing zeros and odd scales. Not normalised: the tests check that import normalises.
 */
final class RandomContent {

    private static final String CHARS = "物业服务企业未取得资质证书从事管理的处罚房地产开发经营条例第五十九条款项ABCxyz0123456789（）《》，。、;-_ ";

    private final Random random;
    private final List<String> units;

    RandomContent(long seed, List<String> units) {
        this.random = new Random(seed);
        this.units = units;
    }

    List<CatalogRow> rows(String codePrefix, int count) {
        List<CatalogRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new CatalogRow(codePrefix + "-" + String.format("%04d", i + 1), i + 1, content()));
        }
        return rows;
    }

    PowerItemContent content() {
        PowerCategory category = random.nextInt(3) == 0 ? PowerCategory.PENALTY : pick(PowerCategory.values());
        return new PowerItemContent(text(1, 60), category, maybe(this::digits), maybe(this::digits), maybe(this::digits),
                maybe(() -> pick(ExerciseLevel.values())),
                maybe(() -> new Contact(units.isEmpty() ? null : pick(units.toArray(String[]::new)), maybe(() -> text(2, 4)),
                        maybe(() -> "0514-8" + digits()))),
                list(() -> new Contact(text(2, 20), maybe(() -> text(2, 4)), maybe(this::digits))),
                list(() -> new LegalBasis("《" + text(2, 20) + "》", maybe(() -> "第" + random.nextInt(200) + "条"), maybe(() -> "第一款"),
                        maybe(() -> text(0, 400)))),
                maybe(() -> new TimeLimit(random.nextInt(60) + 20, pick(LimitUnit.values()))),
                maybe(() -> new TimeLimit(random.nextInt(20), pick(LimitUnit.values()))),
                list(this::fee), maybe(() -> text(0, 600)),
                list(() -> new Material(text(2, 30), pick(MaterialForm.values()), random.nextInt(5), maybe(() -> text(2, 10)),
                        random.nextBoolean())),
                maybe(() -> new Service(maybe(() -> text(2, 10)), maybe(() -> text(2, 20)), maybe(() -> text(2, 20)),
                        maybe(() -> "https://example.gov.cn/" + random.nextInt(1000)), maybe(() -> "0514-" + digits()), maybe(() -> "12345"))),
                category == PowerCategory.PENALTY ? penalty() : null,
                list(() -> new Responsibility(pick(ResponsibilityStage.values()), text(1, 100), maybe(() -> text(1, 100)))),
                list(() -> new RiskPoint(maybe(() -> text(1, 6)), text(1, 60), pick(RiskGrade.values()), maybe(() -> text(1, 60)),
                        maybe(() -> text(1, 6)), random.nextBoolean())));
    }

    private Penalty penalty() {
        return maybe(() -> new Penalty(maybe(() -> text(1, 80)), maybe(() -> "《物业管理条例》第" + random.nextInt(100) + "条"),
                list(this::level), list(() -> text(1, 30)), list(() -> text(1, 30))));
    }

    private BenchmarkLevel level() {
        FineKind kind = pick(FineKind.values());
        if (kind == FineKind.NONE) {
            return new BenchmarkLevel(pick(new String[] {"轻微", "一般", "较重", "严重"}), maybe(() -> text(1, 80)), kind, null, null,
                    maybe(() -> "警告"));
        }
        int scale = kind == FineKind.AMOUNT ? 2 : 4;
        BigDecimal a = amount(scale);
        BigDecimal b = amount(scale);
        BigDecimal min = a.min(b);
        BigDecimal max = a.max(b);
        return new BenchmarkLevel(text(1, 4), maybe(() -> text(1, 80)), kind, random.nextInt(4) == 0 ? null : min, max,
                maybe(() -> "没收违法所得"));
    }

    private Fee fee() {
        BigDecimal a = amount(2);
        BigDecimal b = amount(2);
        boolean fixed = random.nextBoolean();
        return new Fee(text(1, 20), maybe(() -> text(1, 40)), maybe(() -> text(1, 40)), random.nextInt(5) == 0 ? null : a.min(b),
                fixed ? a.min(b) : a.max(b));
    }

    /** An amount with up to {@code scale} decimals, sometimes written with trailing zeros (10000.00). */
    private BigDecimal amount(int scale) {
        long unscaled = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(100);
            case 1 -> random.nextInt(100_000) * 100L;
            case 2 -> random.nextInt(1_000_000);
            default -> (long) random.nextInt(Integer.MAX_VALUE) * 1000L;
        };
        BigDecimal v = BigDecimal.valueOf(unscaled, random.nextInt(scale + 1));
        return random.nextBoolean() ? v.setScale(scale) : v;
    }

    private String text(int min, int max) {
        int len = min + random.nextInt(Math.max(1, max - min + 1));
        StringBuilder s = new StringBuilder();
        if (random.nextInt(10) == 0) {
            s.append("  "); // padding is trimmed on import
        }
        for (int i = 0; i < len; i++) {
            s.append(CHARS.charAt(random.nextInt(CHARS.length())));
            if (random.nextInt(80) == 0) {
                s.append(random.nextBoolean() ? "\n" : "\r\n");
            }
        }
        String t = s.toString();
        return t.isBlank() ? "物" : t;
    }

    private String digits() {
        StringBuilder s = new StringBuilder(random.nextBoolean() ? "0" : "");
        int len = 6 + random.nextInt(12);
        for (int i = 0; i < len; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

    private <T> T maybe(Supplier<T> value) {
        return random.nextInt(4) == 0 ? null : value.get();
    }

    private <T> List<T> list(Supplier<T> value) {
        int n = random.nextInt(5) == 0 ? 0 : random.nextInt(5);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(value.get());
        }
        return random.nextInt(10) == 0 && out.isEmpty() ? null : out;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
