package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.sunlight.IntegrationTest;
import org.sunlight.catalog.internal.ContentCodec;

/** Two people editing one draft: the second gets a conflict with the first's content, nothing is lost or mixed. */
@IntegrationTest
class ConcurrentEditTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ContentCodec codec;

    CatalogFlow flow;

    @BeforeEach
    void setUp() {
        flow = CatalogFlow.of(context);
    }

    @Test
    void theSecondSaveOfAStaleDraftIsRefusedWithTheFirstsContent() throws Exception {
        PowerItemVersionView loaded = flow.draft("CONC");
        String first = body(loaded.version(), "第一位录入员的名称");
        String second = body(loaded.version(), "第二位录入员的名称");

        mvc.perform(put("/api/v1/catalog/versions/" + loaded.id()).with(flow.actors.as("catalog_clerk")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(first))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.name").value("第一位录入员的名称"));

        mvc.perform(put("/api/v1/catalog/versions/" + loaded.id()).with(flow.actors.as("unit_clerk_fagui")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(second))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.containsString("已被他人修改")))
                .andExpect(jsonPath("$.current.content.name").value("第一位录入员的名称"))
                .andExpect(jsonPath("$.current.version").value((int) loaded.version() + 1));

        assertThat(flow.queries.version(loaded.id()).orElseThrow().content().name()).isEqualTo("第一位录入员的名称");
    }

    @Test
    void twoSavesAtTheSameMomentLetExactlyOneThrough() throws Exception {
        for (int round = 0; round < 5; round++) {
            PowerItemVersionView loaded = flow.draft("RACE");
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Object>> results = new ArrayList<>();
            for (String who : List.of("catalog_clerk", "unit_clerk_fagui")) {
                Callable<Object> save = () -> {
                    start.await();
                    return flow.actors.callAs(who, () -> {
                        try {
                            return flow.drafting.saveDraft(loaded.id(), loaded.version(), CatalogTestData.penalty("由 " + who + " 保存"));
                        } catch (StaleVersionException e) {
                            return e;
                        }
                    });
                };
                results.add(pool.submit(save));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();

            List<PowerItemVersionView> saved = outcomes.stream().filter(PowerItemVersionView.class::isInstance)
                    .map(PowerItemVersionView.class::cast).toList();
            List<StaleVersionException> refused = outcomes.stream().filter(StaleVersionException.class::isInstance)
                    .map(StaleVersionException.class::cast).toList();
            assertThat(saved).as("round %d: %s", round, outcomes).hasSize(1);
            assertThat(refused).hasSize(1);
            PowerItemVersionView now = flow.queries.version(loaded.id()).orElseThrow();
            assertThat(now.content().name()).isEqualTo(saved.get(0).content().name());
            assertThat(now.version()).isEqualTo(loaded.version() + 1);
        }
    }

    private String body(long version, String name) {
        return "{\"version\":" + version + ",\"content\":" + codec.write(CatalogTestData.penalty(name)) + "}";
    }
}
