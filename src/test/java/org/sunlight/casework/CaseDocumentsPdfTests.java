package org.sunlight.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;
import org.sunlight.TestUsers;
import org.sunlight.casework.CaseCommands.StepCompletion;
import org.sunlight.casework.CaseCommands.SupplementRequest;

/** The three documents print from a real case's log, with Chinese text a reader can extract. */
@IntegrationTest
class CaseDocumentsPdfTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    CaseFixture fx;
    @Autowired
    CaseHandling cases;

    private String text(String url, String user) throws Exception {
        byte[] pdf = mvc.perform(get(url).with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }

    @Test
    void acceptanceSupplementAndDecisionPrint() throws Exception {
        CaseView c = fx.acceptedLicence();
        String base = "/cases/" + c.id() + "/documents/";
        mvc.perform(get(base + "decision.pdf").with(users.as("wg_handler"))).andExpect(status().isConflict());
        assertThat(text(base + "acceptance-notice.pdf", "wg_handler")).contains("受理通知书", "仪征市恒信物业管理有限公司", c.number(), "仪住建受字");

        c = cases.requestSupplement(fx.actor("wg_reviewer"), c.id(), new SupplementRequest(c.version(), List.of("物业管理专业人员职业资格证书"), null, null));
        assertThat(text(base + "supplement-notice.pdf", "wg_reviewer")).contains("补正", "物业管理专业人员职业资格证书", "仪住建补字");
        c = cases.receiveSupplement(fx.actor("wg_handler"), c.id(), new CaseCommands.Note(c.version(), null, null));
        c = cases.complete(fx.actor("wg_reviewer"), c.id(), new StepCompletion(c.version(), "review", "审查通过", null, null, null, null));
        c = cases.complete(fx.actor("wg_head"), c.id(), new StepCompletion(c.version(), "decide", "准予许可", "符合物业服务企业三级资质条件", null, null, null));
        assertThat(text(base + "decision.pdf", "wg_head")).contains(c.documentNumber().replaceAll("\\s+", ""), "准予");

        mvc.perform(get(base + "decision.pdf").with(users.as("leader"))).andExpect(status().isOk());
        mvc.perform(get(base + "decision.pdf").with(users.as("handler"))).andExpect(status().isNotFound()); // another unit
        mvc.perform(get(base + "decision.pdf").with(users.as("citizen"))).andExpect(status().isNotFound());
    }
}
