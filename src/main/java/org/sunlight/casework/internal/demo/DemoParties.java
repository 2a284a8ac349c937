package org.sunlight.casework.internal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.sunlight.casework.CaseCommands.PartyInput;
import org.sunlight.casework.PartyType;

/**
 * Made-up applicants and parties: companies named from a word list, people from common surnames. Identity
 * numbers have the demo region's code and a valid check digit, credit codes the shape of a unified social
 * credit code; both are random, as are the phone numbers. Public for the benchmark data generator (src/bench).
 */
public final class DemoParties {

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
            "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
            "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
            "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "文", "华", "红", "建国", "志强", "海燕", "晓东",
            "春梅", "国庆", "玉兰", "德明", "子涵", "宇轩", "欣怡", "浩然", "雨桐");
    private static final List<String> WORDS = List.of("恒信", "金鼎", "华泰", "瑞丰", "宏达", "天成", "永安", "嘉禾", "锦程", "新城",
            "润泽", "鑫源", "东方", "盛世", "龙腾", "明珠", "江淮", "运河", "仪扬", "真州", "银杏", "青山", "枣林", "月塘", "大仪", "新集",
            "马集", "刘集", "陈集", "朴席");
    private static final List<String> TRADES = List.of("物业管理", "建筑工程", "房地产开发", "食品", "餐饮管理", "商贸", "装饰工程",
            "市政工程", "建材", "农业开发", "科技", "置业", "劳务", "环保科技", "超市");
    private static final List<String> STREETS = List.of("解放东路", "真州路", "大庆北路", "工农南路", "天宁路", "沿江路", "扬子东路",
            "仪化北路", "文昌路", "汶河路", "扬州路", "通湖路");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private DemoParties() {
    }

    public static PartyInput company(Random r, String city, String regionCode) {
        String name = city + WORDS.get(r.nextInt(WORDS.size())) + TRADES.get(r.nextInt(TRADES.size())) + "有限公司";
        String credit = "91" + regionCode.substring(0, 6) + "MA" + alnum(r, 8);
        return new PartyInput(PartyType.LEGAL_PERSON, name, credit, "0514-8" + digits(r, 7), address(r, city));
    }

    public static PartyInput person(Random r, String city, String regionCode) {
        String name = SURNAMES.get(r.nextInt(SURNAMES.size())) + GIVEN.get(r.nextInt(GIVEN.size()));
        return new PartyInput(PartyType.CITIZEN, name, idNumber(r, regionCode), "139" + digits(r, 8), address(r, city));
    }

    public static PartyInput any(Random r, String city, String regionCode) {
        return r.nextInt(5) < 3 ? company(r, city, regionCode) : person(r, city, regionCode);
    }

    private static String address(Random r, String city) {
        return city + STREETS.get(r.nextInt(STREETS.size())) + (1 + r.nextInt(299)) + "号";
    }

    /** An 18-digit identity number with a valid check digit (GB 11643), born 1960–1999 in {@code regionCode}. */
    public static String idNumber(Random r, String regionCode) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(40 * 365));
        String body = regionCode.substring(0, 6) + birth.toString().replace("-", "") + digits(r, 3);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }

    private static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    private static String alnum(Random r, int n) {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(chars.charAt(r.nextInt(chars.length())));
        }
        return b.toString();
    }
}
