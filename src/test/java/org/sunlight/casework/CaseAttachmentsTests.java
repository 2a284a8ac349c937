package org.sunlight.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.IntegrationTest;
import org.sunlight.casework.CaseCommands.NewApplication;
import org.sunlight.casework.CaseCommands.StepCompletion;
import org.sunlight.casework.CaseCommands.Upload;
import org.sunlight.common.InvalidInputException;

/** Files with commands: kept with their SHA-256 and listed in the event; a forbidden file stops the whole command. */
@IntegrationTest
class CaseAttachmentsTests {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    CaseFixture fx;
    @Autowired
    CaseHandling cases;
    @Autowired
    CaseQueries queries;
    @Autowired
    JdbcClient jdbc;

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void filesArriveWithTheApplicationAndAreListedWithTheirHash() {
        CaseView c = cases.apply(fx.actor("wg_handler"), new NewApplication(fx.item(CaseFixture.LICENCE).id(), Channel.WINDOW,
                CaseFixture.company(), null, Map.of(), null, null, List.of(new Upload("申请表.pdf", PDF))));
        CaseEvent applied = queries.events(fx.actor("wg_handler"), c.id()).get(0);
        assertThat(applied.payload().get("attachments")).asList().hasSize(1);
        assertThat(applied.payload().get("attachments").toString()).contains("application/pdf").containsPattern("[0-9a-f]{64}");
    }

    @Test
    void aForbiddenFileRefusesTheCommandAndNothingIsStored() {
        long cases0 = count("case_record");
        long files0 = count("case_attachment");
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> cases.apply(fx.actor("wg_handler"), new NewApplication(fx.item(CaseFixture.LICENCE).id(),
                Channel.WINDOW, CaseFixture.company(), null, Map.of(), null, null,
                List.of(new Upload("申请表.pdf", PDF), new Upload("营业执照.pdf", exe)))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.field()).containsExactly("uploads[1]"));
        assertThat(count("case_record")).isEqualTo(cases0);
        assertThat(count("case_attachment")).isEqualTo(files0);

        CaseView c = fx.acceptedLicence();
        long events0 = count("case_event");
        assertThatThrownBy(() -> cases.complete(fx.actor("wg_reviewer"), c.id(), new StepCompletion(c.version(), "review", "审查通过",
                null, null, null, List.of(new Upload("意见.html", "<html><script>".getBytes(StandardCharsets.UTF_8))))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(count("case_event")).isEqualTo(events0);
    }
}
