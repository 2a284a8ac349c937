package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.internal.ContentCodec;

class ContentCodecTests {

    @Test
    void roundTripsEveryPartExactly() {
        PowerItemContent content = new PowerItemContent("对物业服务企业未取得资质证书从事物业管理的处罚", PowerCategory.PENALTY,
                "320102001000", "320102001000-321081", null, PowerItemContent.ExerciseLevel.COUNTY,
                new PowerItemContent.Contact("物管科", "王晓明", "0514-83421234"), List.of(),
                List.of(new PowerItemContent.LegalBasis("《物业管理条例》", "第六十条", null, "违反本条例的规定……")),
                new TimeLimit(90, LimitUnit.NATURAL_DAYS), new TimeLimit(60, LimitUnit.NATURAL_DAYS),
                List.of(), "无", List.of(), null,
                new PowerItemContent.Penalty("未取得资质证书从事物业管理", "《物业管理条例》第六十条",
                        List.of(new BenchmarkLevel("一般", "首次违法", FineKind.AMOUNT, new BigDecimal("50000.00"), new BigDecimal("100000.00"), "没收违法所得")),
                        List.of("主动消除危害后果"), List.of("拒不改正")),
                List.of(), List.of());
        ContentCodec codec = new ContentCodec();
        PowerItemContent back = codec.read(codec.write(content));
        assertThat(back).isEqualTo(content);
        assertThat(back.penalty().levels().get(0).min()).isEqualByComparingTo("50000");
    }
}
