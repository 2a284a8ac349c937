package org.sunlight.casework.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.sunlight.casework.internal.documents.SupplementNotice.MissingMaterial;

/**
 * Renders each document, reads it back with PDFBox and checks the Chinese text is there as text (so the font
 * embeds real glyphs with a Unicode map). The PDFs land in target/documents/, their first pages as PNG in
 * target/screenshots/ for a look.
 */
class CaseDocumentsTests {

    private static final String DEPARTMENT = "仪征市住房和城乡建设局";
    private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    /** As in production: configured font (none here), else WenQuanYi Micro Hei, else the bundled Noto Sans SC. */
    private static final CaseDocuments documents = new CaseDocuments("");

    @Test
    void acceptanceNoticeCarriesItsChineseText() throws IOException {
        byte[] pdf = documents.acceptanceNotice(acceptance("江苏扬子建设工程有限公司"));

        String text = save("acceptance-notice", pdf);
        assertThat(text).contains(DEPARTMENT, "受理通知书", "仪住建受字〔2026〕第3号", "江苏扬子建设工程有限公司：",
                "2026年11月20日提交的“建筑工程施工许可证核发”申请材料收悉", "决定予以受理", "20个工作日",
                "预计办结日期为2026年12月18日", "YZ-2026-000123", "8F3K2Q", "https://sunlight.yizheng.gov.cn/public/case",
                "建筑工程施工许可申请表", "施工图设计文件审查合格书", "0514-83421234", "二〇二六年十一月二十六日");
        assertEmbeddedChineseFont(pdf);
    }

    @Test
    void supplementNoticeListsEveryMissingMaterial() throws IOException {
        byte[] pdf = documents.supplementNotice(new SupplementNotice(DEPARTMENT, "仪住建补字〔2026〕第7号", "王晓明",
                "房屋建筑和市政基础设施工程竣工验收备案", "YZ-2026-000124", LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25),
                List.of(new MissingMaterial("工程竣工验收报告", "缺少监理单位签章"),
                        new MissingMaterial("消防验收意见书", "未提交；应提交消防验收合格意见书或备案凭证"),
                        new MissingMaterial("营业执照复印件", "须加盖单位公章")),
                "0514-83421234"));

        String text = save("supplement-notice", pdf);
        assertThat(text).contains("补正告知书", "仪住建补字〔2026〕第7号", "王晓明：", "一次性告知",
                "工程竣工验收报告", "缺少监理单位签章", "消防验收意见书", "营业执照复印件", "须加盖单位公章",
                "办理期限自本机关收到全部补正材料之日起计算", "二〇二六年十一月二十五日");
        assertEmbeddedChineseFont(pdf);
    }

    @Test
    void penaltyDecisionStatesTheFineInFiguresAndCapitalsAndTheRemedies() throws IOException {
        byte[] pdf = documents.decision(penalty("仪征市宏达建筑劳务有限公司", new BigDecimal("12000")));

        String text = save("decision-penalty", pdf);
        assertThat(text).contains("行政处罚决定书", "仪住建罚决字〔2026〕第5号", "当事人：仪征市宏达建筑劳务有限公司",
                "地址：仪征市真州镇工农南路88号", "《中华人民共和国建筑法》第六十四条", "《建设工程质量管理条例》第五十七条",
                "罚款人民币12,000.00元（大写：人民币壹万贰仟元整）", "十五日内缴纳罚款", "每日按罚款数额的百分之三加处罚款",
                "自收到本决定书之日起六十日内向仪征市人民政府申请行政复议",
                "自收到本决定书之日起六个月内依法向仪征市人民法院提起行政诉讼", "行政处罚不停止执行",
                "二〇二六年十一月二十六日");
        assertEmbeddedChineseFont(pdf);
    }

    @Test
    void licensingApprovalHasNoRemediesAndDenialHasThem() throws IOException {
        String approval = save("decision-approval", documents.decision(licensing(DecisionKind.LICENSING_APPROVAL)));
        assertThat(approval).contains("准予行政许可决定书", "仪住建许字〔2026〕第12号", "申请人：江苏扬子建设工程有限公司",
                "本机关决定准予行政许可").doesNotContain("行政复议", "罚款");

        String denial = save("decision-denial", documents.decision(licensing(DecisionKind.LICENSING_DENIAL)));
        assertThat(denial).contains("不予行政许可决定书", "本机关决定不予行政许可", "六十日内向仪征市人民政府申请行政复议",
                "六个月内依法向仪征市人民法院提起行政诉讼").doesNotContain("行政处罚不停止执行");
    }

    @Test
    void markupInUserTextIsPrintedAsText() throws IOException {
        String party = "<b>张三</b> & \"李四\" 'Co.' </p><script>alert(1)</script>&amp;\u0007";
        byte[] pdf = documents.decision(penalty(party, new BigDecimal("0.05")));

        String text = save("decision-markup", pdf);
        assertThat(text).contains("<b>张三</b>&\"李四\"'Co.'</p><script>alert(1)</script>&amp;", "人民币伍分", "0.05");
        assertThat(documents.xhtml("decision", penalty(party, BigDecimal.TEN)))
                .contains("&lt;b&gt;张三&lt;/b&gt; &amp; &quot;李四&quot;").doesNotContain("\u0007");
    }

    @Test
    void theBundledNotoSansScPrintsWhenNoFontIsInstalled() throws IOException {
        CaseDocuments bundledOnly = new CaseDocuments(new DocumentFonts("", List.of(), true));
        byte[] pdf = bundledOnly.decision(penalty("仪征市宏达建筑劳务有限公司", new BigDecimal("100000.5")));

        assertThat(bundledOnly.fontDescription()).contains("NotoSansSC-Regular.ttf");
        assertThat(save("decision-bundled-font", pdf)).contains("人民币壹拾万元伍角", "100,000.50", "行政处罚决定书");
        assertThat(fontNames(pdf)).anyMatch(n -> n.contains("NotoSansSC"));
    }

    @Test
    void rareCharactersOfNamesComeFromTheFallbackFont() throws IOException {
        // 䶮 (CJK Extension A, as in 刘䶮) is not in WenQuanYi Micro Hei; Noto Sans SC has it.
        byte[] pdf = documents.acceptanceNotice(acceptance("刘䶮"));

        assertThat(save("acceptance-notice-rare-character", pdf)).contains("刘䶮：");
        if (Files.isReadable(WQY)) {
            assertThat(fontNames(pdf)).anyMatch(n -> n.endsWith("+WenQuanYiMicroHei")).anyMatch(n -> n.contains("NotoSansSC"));
        }
        // 𠈌 (Extension B) is in neither: reported in the log instead of silently printed as #.
        assertThat(new DocumentFonts("", DocumentFonts.KNOWN_PATHS, true).missingGlyphs("刘䶮 𠈌 A1〔〕")).isEqualTo("𠈌");
    }

    @Test
    void documentsPrintedAtTheSameTimeKeepTheirOwnText() throws Exception {
        // Parsed fonts are lent to one document at a time and reused: each PDF must carry its own subset.
        List<Callable<String>> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String party = "当事人" + "甲乙丙丁戊己".charAt(i) + "号";
            BigDecimal fine = new BigDecimal(1000 * (i + 1));
            jobs.add(() -> text(documents.decision(penalty(party, fine))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> texts = pool.invokeAll(jobs);
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).contains("当事人：当事人" + "甲乙丙丁戊己".charAt(i) + "号",
                        ChineseFormats.amountInCapitals(new BigDecimal(1000 * (i + 1))));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void withoutAnyFontDocumentsFailNamingThePackage() {
        CaseDocuments noFont = new CaseDocuments(new DocumentFonts("", List.of(Path.of("/nonexistent/wqy-microhei.ttc")), false));

        assertThatThrownBy(() -> noFont.acceptanceNotice(acceptance("张三")))
                .isInstanceOf(DocumentFontUnavailableException.class)
                .hasMessageContaining("fonts-wqy-microhei").hasMessageContaining("SUNLIGHT_PDF_FONT")
                .satisfies(e -> {
                    DocumentFontUnavailableException problem = (DocumentFontUnavailableException) e;
                    assertThat(problem.status()).isEqualTo(503);
                    // What ProblemAdvice answers with, in both languages.
                    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
                    messages.setBasename("i18n/casework-documents");
                    messages.setDefaultEncoding("UTF-8");
                    messages.setFallbackToSystemLocale(false);
                    assertThat(messages.getMessage(problem.code(), problem.args(), Locale.SIMPLIFIED_CHINESE))
                            .contains("未找到可嵌入的中文字体", "/nonexistent/wqy-microhei.ttc", "apt-get install fonts-wqy-microhei");
                    assertThat(messages.getMessage(problem.code(), problem.args(), Locale.ENGLISH))
                            .contains("no Chinese font", "apt-get install fonts-wqy-microhei");
                });
    }

    @Test
    void aConfiguredFontThatCannotBeUsedIsReportedNotReplaced() throws IOException {
        assertThatThrownBy(() -> new CaseDocuments("/nonexistent/font.ttf").decision(licensing(DecisionKind.LICENSING_APPROVAL)))
                .isInstanceOf(DocumentFontUnavailableException.class).hasMessageContaining("/nonexistent/font.ttf");

        Path notAFont = Files.createDirectories(Path.of("target/documents")).resolve("not-a-font.ttf");
        Files.writeString(notAFont, "not a font");
        assertThatThrownBy(() -> new CaseDocuments(notAFont.toString()).decision(licensing(DecisionKind.LICENSING_APPROVAL)))
                .isInstanceOf(DocumentFontUnavailableException.class).hasMessageContaining("not-a-font.ttf");
    }

    @Test
    void aConfiguredCollectionFontIsChosenByName() throws IOException {
        assumeTrue(Files.isReadable(WQY), "fonts-wqy-microhei is not installed");
        CaseDocuments configured = new CaseDocuments(WQY + "#WenQuanYiMicroHei");
        byte[] pdf = configured.acceptanceNotice(acceptance("张三"));

        assertThat(fontNames(pdf)).anyMatch(n -> n.endsWith("+WenQuanYiMicroHei"));
        assertThat(text(pdf)).contains("张三：", "受理通知书");
    }

    @Test
    void documentsRefuseIncompleteRecords() {
        assertThatThrownBy(() -> new DecisionDocument(DecisionKind.PENALTY, DEPARTMENT, "仪住建罚决字〔2026〕第5号", "张三", null,
                "事项", "YZ-1", LocalDate.of(2026, 11, 26), "事实", "理由", List.of("《中华人民共和国建筑法》第六十四条"),
                null, "缴款", "仪征市人民政府", "仪征市人民法院")).hasMessageContaining("fine");
        assertThatThrownBy(() -> new DecisionDocument(DecisionKind.LICENSING_APPROVAL, DEPARTMENT, "仪住建许字〔2026〕第12号", "张三",
                null, "事项", "YZ-1", LocalDate.of(2026, 11, 26), "事实", null, List.of("《中华人民共和国行政许可法》第三十八条"),
                BigDecimal.TEN, null, null, null)).hasMessageContaining("only a penalty");
        assertThatThrownBy(() -> new SupplementNotice(DEPARTMENT, "仪住建补字〔2026〕第7号", "张三", "事项", "YZ-1",
                LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25), List.of(), "0514")).hasMessageContaining("missing");
    }

    // ---------------------------------------------------------------------------------------------

    static AcceptanceNotice acceptance(String party) {
        return new AcceptanceNotice(DEPARTMENT, "仪住建受字〔2026〕第3号", party, "建筑工程施工许可证核发", "YZ-2026-000123",
                "8F3K2Q", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 26), "20个工作日", LocalDate.of(2026, 12, 18),
                "https://sunlight.yizheng.gov.cn/public/case", "0514-83421234",
                List.of("建筑工程施工许可申请表", "建设工程规划许可证", "施工图设计文件审查合格书", "施工合同及中标通知书",
                        "建设资金已落实承诺书"));
    }

    static DecisionDocument penalty(String party, BigDecimal fine) {
        return new DecisionDocument(DecisionKind.PENALTY, DEPARTMENT, "仪住建罚决字〔2026〕第5号", party, "仪征市真州镇工农南路88号",
                "对施工单位未按照工程设计图纸或者施工技术标准施工的行政处罚", "YZ-2026-000088", LocalDate.of(2026, 11, 26),
                """
                经查，2026年9月15日，本机关执法人员在仪征市枣林湾生态园配套道路工程现场检查时发现，你单位承建的该工程K1+200至K1+350段基层施工未按照经审查合格的施工图设计文件施工，水泥稳定碎石基层厚度设计为20厘米，实测平均厚度为16.5厘米。
                上述事实有现场检查笔录、检测报告（编号JC-2026-0917）、询问笔录及现场照片等证据为证。
                """,
                """
                你单位的行为违反了《建设工程质量管理条例》第二十八条第一款的规定。本机关于2026年10月20日向你单位送达了《行政处罚告知书》，你单位在法定期限内未提出陈述、申辩意见，也未要求听证。
                鉴于你单位在调查期间积极整改，已对不合格路段返工处理，依据《江苏省住房城乡建设系统行政处罚裁量基准》，属于较轻情形。
                """,
                List.of("《中华人民共和国建筑法》第六十四条", "《建设工程质量管理条例》第五十七条"), fine,
                "请持本决定书到中国工商银行仪征支行或通过江苏省非税收入电子缴款平台缴纳，缴款码见附页。",
                "仪征市人民政府", "仪征市人民法院");
    }

    static DecisionDocument licensing(DecisionKind kind) {
        boolean approved = kind == DecisionKind.LICENSING_APPROVAL;
        return new DecisionDocument(kind, DEPARTMENT, "仪住建许字〔2026〕第12号", "江苏扬子建设工程有限公司", null,
                "建筑工程施工许可证核发", "YZ-2026-000123", LocalDate.of(2026, 12, 10),
                "你单位于2026年11月20日提出的仪征市第三实验小学扩建工程建筑工程施工许可申请，本机关已于2026年11月26日受理。",
                approved ? null : "经审查，该工程尚未取得建设工程规划许可证，不符合《中华人民共和国建筑法》第八条第一款第（二）项规定的条件。",
                List.of("《中华人民共和国建筑法》第八条", "《建筑工程施工许可管理办法》第四条"), null, null,
                approved ? null : "仪征市人民政府", approved ? null : "仪征市人民法院");
    }

    /** Writes the PDF to target/documents/NAME.pdf and its pages to target/screenshots/document-NAME[-N].png. */
    private static String save(String name, byte[] pdf) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/documents"));
        Files.write(dir.resolve(name + ".pdf"), pdf);
        Path screenshots = Files.createDirectories(Path.of("target/screenshots"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, 100);
                String file = "document-" + name + (i == 0 ? "" : "-" + (i + 1)) + ".png";
                ImageIO.write(page, "png", screenshots.resolve(file).toFile());
            }
        }
        return text(pdf);
    }

    /** The document's text with all white space removed, so that line breaks don't split what is looked for. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", "");
        }
    }

    private static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(n).getName());
                }
            }
        }
        return names;
    }

    /** Every font is an embedded Type 0 (CID) subset, and none is a base-14 font that cannot show Chinese. */
    private static void assertEmbeddedChineseFont(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(n);
                    assertThat(font).as(font.getName()).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
                }
            }
        }
    }
}
