package org.sunlight;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The files every page links (layout/base.html) are served where the pages look for them. */
@IntegrationTest
class StaticAssetsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theSharedStylesheetAndScriptAreServedUnderAssets() throws Exception {
        mvc.perform(get("/assets/css/sunlight.css")).andExpect(status().isOk());
        mvc.perform(get("/assets/css/flow.css")).andExpect(status().isOk());
        mvc.perform(get("/assets/js/sunlight.js")).andExpect(status().isOk());
    }
}
