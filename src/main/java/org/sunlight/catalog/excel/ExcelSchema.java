package org.sunlight.catalog.excel;

import java.util.List;

/**
 * The catalog workbook: its sheets, their columns in order (Chinese headers), which are required,
 * and a note for the instructions sheet. Writer and reader both work from these definitions, so the
 * template, the export and the import cannot drift apart.
 * <p>
 * One row per item in {@value #MAIN}; every nested table has its own sheet whose first column is
 * the item's {@value #CODE}. Rows of a nested sheet keep their order per item.
 */
final class ExcelSchema {

    private ExcelSchema() {
    }

    static final String MAIN = "权力事项";
    static final String BASES = "法律依据";
    static final String FEES = "收费";
    static final String MATERIALS = "申请材料";
    static final String ASSISTING = "协办单位";
    static final String LEVELS = "裁量基准";
    static final String FACTORS = "裁量情节";
    static final String RESPONSIBILITIES = "责任清单";
    static final String RISKS = "廉政风险点";
    static final String INSTRUCTIONS = "填写说明";
    static final String OPTIONS = "下拉选项";

    // ---- main sheet
    static final String CODE = "权力编码";
    static final String SEQ = "序号";
    static final String NAME = "名称";
    static final String CATEGORY = "类别";
    static final String BASIC_CODE = "基本编码";
    static final String IMPLEMENTATION_CODE = "实施编码";
    static final String BUSINESS_ITEM_CODE = "业务办理项编码";
    static final String LEVEL = "行使层级";
    static final String HOST_UNIT = "承办科室";
    static final String HOST_PERSON = "承办联系人";
    static final String HOST_PHONE = "承办联系电话";
    static final String STATUTORY_DAYS = "法定时限";
    static final String STATUTORY_UNIT = "法定时限单位";
    static final String PROMISED_DAYS = "承诺时限";
    static final String PROMISED_UNIT = "承诺时限单位";
    static final String CONDITIONS = "申请条件";
    static final String CHANNEL = "办理渠道";
    static final String PLACE = "办理地点";
    static final String HOURS = "办理时间";
    static final String ONLINE = "网上办理地址";
    static final String CONSULTATION = "咨询电话";
    static final String COMPLAINT = "投诉电话";
    static final String VIOLATION = "违法行为";
    static final String PENALTY_ARTICLE = "处罚依据";

    // ---- nested sheets
    static final String LAW = "法律法规名称";
    static final String ARTICLE = "条";
    static final String CLAUSE = "款项";
    static final String EXCERPT = "原文摘录";
    static final String FEE_ITEM = "收费项目";
    static final String FEE_BASIS = "收费依据";
    static final String FEE_STANDARD = "收费标准";
    static final String AMOUNT_MIN = "金额下限（元）";
    static final String AMOUNT_MAX = "金额上限（元）";
    static final String MATERIAL = "材料名称";
    static final String FORM = "材料形式";
    static final String COPIES = "份数";
    static final String SOURCE = "材料来源";
    static final String REQUIRED = "是否必需";
    static final String UNIT_NAME = "协办单位";
    static final String PERSON = "联系人";
    static final String PHONE = "联系电话";
    static final String LEVEL_NAME = "裁量档次";
    static final String LEVEL_CONDITIONS = "适用情形";
    static final String FINE_KIND = "罚款方式";
    static final String FINE_MIN = "下限";
    static final String FINE_MAX = "上限";
    static final String OTHER_SANCTIONS = "其他处罚";
    static final String FACTOR_KIND = "情节类型";
    static final String FACTOR = "情节内容";
    static final String STAGE = "环节";
    static final String DUTY = "职责";
    static final String ACCOUNTABILITY = "追责情形";
    static final String RISK_STEP = "风险环节";
    static final String RISK_DESCRIPTION = "风险描述";
    static final String GRADE = "风险等级";
    static final String PREVENTION = "防控措施";
    static final String POST = "责任岗位";
    static final String PUBLISHED = "是否公开";

    /** One column: header text, whether a value is required, width in characters, kind of value. */
    record Column(String header, boolean required, int width, Kind kind, String note) {
    }

    /** What a column holds; decides the cell style, the validation and how the reader parses it. */
    enum Kind { CODE, TEXT, LONG_TEXT, INTEGER, DECIMAL, CHOICE }

    record SheetDef(String name, String note, List<Column> columns) {

        int indexOf(String header) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).header().equals(header)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(name + " has no column " + header);
        }
    }

    private static Column req(String header, int width, Kind kind, String note) {
        return new Column(header, true, width, kind, note);
    }

    private static Column opt(String header, int width, Kind kind, String note) {
        return new Column(header, false, width, kind, note);
    }

    private static Column key() {
        return req(CODE, 22, Kind.CODE, "所属事项的权力编码，须在“权力事项”表中存在");
    }

    static final SheetDef MAIN_SHEET = new SheetDef(MAIN, "每个权力事项一行", List.of(
            req(CODE, 22, Kind.CODE, "事项的稳定编码，全库唯一；已存在的编码表示变更该事项"),
            req(SEQ, 7, Kind.INTEGER, "本部门事项清单中的序号（正整数，不重复），按序号区间分配科室"),
            req(NAME, 40, Kind.TEXT, "事项名称，最多300字"),
            req(CATEGORY, 14, Kind.CHOICE, "权力类别，从下拉列表选择"),
            opt(BASIC_CODE, 16, Kind.CODE, "国家基本编码"),
            opt(IMPLEMENTATION_CODE, 20, Kind.CODE, "实施编码"),
            opt(BUSINESS_ITEM_CODE, 22, Kind.CODE, "业务办理项编码"),
            opt(LEVEL, 12, Kind.CHOICE, "行使层级，从下拉列表选择"),
            opt(HOST_UNIT, 16, Kind.CHOICE, "承办科室，须为本部门在用的科室（下拉列表）"),
            opt(HOST_PERSON, 10, Kind.TEXT, "承办科室联系人"),
            opt(HOST_PHONE, 15, Kind.TEXT, "承办科室联系电话"),
            opt(STATUTORY_DAYS, 9, Kind.INTEGER, "法定办理时限天数（非负整数）；法律未规定的留空"),
            opt(STATUTORY_UNIT, 12, Kind.CHOICE, "工作日或自然日；填写了天数时必填"),
            opt(PROMISED_DAYS, 9, Kind.INTEGER, "承诺办理时限天数（非负整数），不得超过法定时限"),
            opt(PROMISED_UNIT, 12, Kind.CHOICE, "工作日或自然日；填写了天数时必填"),
            opt(CONDITIONS, 40, Kind.LONG_TEXT, "申请条件"),
            opt(CHANNEL, 16, Kind.TEXT, "办理渠道，如窗口办理、网上办理"),
            opt(PLACE, 24, Kind.TEXT, "办理地点"),
            opt(HOURS, 24, Kind.TEXT, "办理时间"),
            opt(ONLINE, 24, Kind.TEXT, "网上办理地址"),
            opt(CONSULTATION, 15, Kind.TEXT, "咨询电话"),
            opt(COMPLAINT, 15, Kind.TEXT, "投诉电话"),
            opt(VIOLATION, 40, Kind.LONG_TEXT, "违法行为（仅行政处罚事项）"),
            opt(PENALTY_ARTICLE, 30, Kind.TEXT, "处罚依据条款（仅行政处罚事项）")));

    static final SheetDef BASES_SHEET = new SheetDef(BASES, "每条法律依据一行", List.of(
            key(),
            req(LAW, 30, Kind.TEXT, "法律、法规、规章名称，如《物业管理条例》"),
            opt(ARTICLE, 12, Kind.TEXT, "条，如 第五十九条"),
            opt(CLAUSE, 10, Kind.TEXT, "款、项，如 第一款"),
            opt(EXCERPT, 60, Kind.LONG_TEXT, "条文摘录")));

    static final SheetDef FEES_SHEET = new SheetDef(FEES, "每个收费项目一行；不收费的事项不填", List.of(
            key(),
            req(FEE_ITEM, 20, Kind.TEXT, "收费项目名称"),
            opt(FEE_BASIS, 30, Kind.TEXT, "收费依据"),
            opt(FEE_STANDARD, 30, Kind.TEXT, "收费标准（文字）"),
            opt(AMOUNT_MIN, 14, Kind.DECIMAL, "金额下限，元，最多两位小数；固定金额时上下限相同"),
            opt(AMOUNT_MAX, 14, Kind.DECIMAL, "金额上限，元，最多两位小数；不得小于下限")));

    static final SheetDef MATERIALS_SHEET = new SheetDef(MATERIALS, "每份申请材料一行", List.of(
            key(),
            req(MATERIAL, 30, Kind.TEXT, "材料名称"),
            opt(FORM, 12, Kind.CHOICE, "纸质、电子或纸质和电子；留空按纸质"),
            opt(COPIES, 7, Kind.INTEGER, "份数（非负整数）；留空按1份"),
            opt(SOURCE, 20, Kind.TEXT, "材料来源，如申请人自备"),
            opt(REQUIRED, 9, Kind.CHOICE, "是或否；留空按“是”")));

    static final SheetDef ASSISTING_SHEET = new SheetDef(ASSISTING, "每个协办单位一行", List.of(
            key(),
            req(UNIT_NAME, 24, Kind.TEXT, "协办单位名称"),
            opt(PERSON, 10, Kind.TEXT, "联系人"),
            opt(PHONE, 15, Kind.TEXT, "联系电话")));

    static final SheetDef LEVELS_SHEET = new SheetDef(LEVELS, "自由裁量基准：每个裁量档次一行（仅行政处罚事项）", List.of(
            key(),
            req(LEVEL_NAME, 10, Kind.TEXT, "档次名称，如 轻微、一般、较重、严重"),
            opt(LEVEL_CONDITIONS, 40, Kind.LONG_TEXT, "适用情形"),
            req(FINE_KIND, 14, Kind.CHOICE, "罚款方式，从下拉列表选择"),
            opt(FINE_MIN, 12, Kind.DECIMAL, "下限：金额（元，最多两位小数）或倍数（最多四位小数）"),
            opt(FINE_MAX, 12, Kind.DECIMAL, "上限：不得小于下限；“不罚款”时下限、上限都留空"),
            opt(OTHER_SANCTIONS, 30, Kind.TEXT, "其他处罚，如 警告、没收违法所得")));

    static final SheetDef FACTORS_SHEET = new SheetDef(FACTORS, "从轻减轻、从重情节：每条一行（仅行政处罚事项）", List.of(
            key(),
            req(FACTOR_KIND, 12, Kind.CHOICE, "从轻减轻或从重"),
            req(FACTOR, 50, Kind.TEXT, "情节内容")));

    static final SheetDef RESPONSIBILITIES_SHEET = new SheetDef(RESPONSIBILITIES, "责任清单：每个环节的职责一行", List.of(
            key(),
            req(STAGE, 10, Kind.CHOICE, "环节，从下拉列表选择"),
            req(DUTY, 50, Kind.LONG_TEXT, "该环节的职责"),
            opt(ACCOUNTABILITY, 50, Kind.LONG_TEXT, "追责情形")));

    static final SheetDef RISKS_SHEET = new SheetDef(RISKS, "廉政风险点：每个风险点一行", List.of(
            key(),
            opt(RISK_STEP, 10, Kind.TEXT, "所在环节"),
            req(RISK_DESCRIPTION, 40, Kind.LONG_TEXT, "风险描述"),
            req(GRADE, 9, Kind.CHOICE, "A（高）、B（中）、C（低）"),
            opt(PREVENTION, 40, Kind.LONG_TEXT, "防控措施"),
            opt(POST, 12, Kind.TEXT, "责任岗位"),
            opt(PUBLISHED, 9, Kind.CHOICE, "是否向社会公开；留空按“否”")));

    /** Every data sheet, main sheet first, in the order they appear in the workbook. */
    static final List<SheetDef> DATA_SHEETS = List.of(MAIN_SHEET, BASES_SHEET, FEES_SHEET, MATERIALS_SHEET, ASSISTING_SHEET,
            LEVELS_SHEET, FACTORS_SHEET, RESPONSIBILITIES_SHEET, RISKS_SHEET);

    /** Limits of the database columns the main sheet fills. */
    static final int CODE_MAX = 64;
    static final int NAME_MAX = 300;
    /** Excel holds at most this many characters in a cell. */
    static final int CELL_MAX = 32_767;

    static String columnLetter(int index) {
        StringBuilder s = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            s.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return s.toString();
    }
}
