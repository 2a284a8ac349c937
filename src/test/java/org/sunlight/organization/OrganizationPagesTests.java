package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sunlight.IntegrationTest;

/** The admin pages: they show the tree, and a refused form comes back with the message beside the field. */
@IntegrationTest
class OrganizationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationAdmin admin;

    @Autowired
    OrganizationDirectory directory;

    OrgFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new OrgFixture(admin);
    }

    static RequestPostProcessor sysadmin() {
        return user("page-admin").roles("SYSTEM_ADMIN");
    }

    @Test
    void theTreeShowsTheDemoRegions() throws Exception {
        mvc.perform(get("/admin/organization").with(sysadmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("江苏省"), containsString("扬州市"), containsString("仪征市"),
                        containsString("高邮市"), containsString("href=\"/admin/organization/regions/321081\""))));
    }

    @Test
    void onlyTheSystemAdministratorSeesThePagesAndTheLink() throws Exception {
        mvc.perform(get("/admin/organization").with(user("h").roles("HANDLER"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/organization/regions/321081/deactivate").with(csrf()).with(user("h").roles("SECURITY_ADMIN")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/workspace").with(sysadmin()))
                .andExpect(content().string(containsString("href=\"/admin/organization\"")));
        mvc.perform(get("/workspace").with(user("h").roles("HANDLER")))
                .andExpect(content().string(not(containsString("href=\"/admin/organization\""))));
        assertThat(directory.region("321081").orElseThrow().active()).isTrue();
    }

    @Test
    void aRegionPageListsItsTownsAndDepartments() throws Exception {
        mvc.perform(get("/admin/organization/regions/321081").with(sysadmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("真州镇"), containsString("青山镇"),
                        containsString("仪征市住房和城乡建设局"), containsString("仪住建"))));
        mvc.perform(get("/admin/organization/regions/321000").param("within", "true").with(sysadmin()))
                .andExpect(content().string(allOf(containsString("高邮市住房和城乡建设局"), containsString("仪征市纪委监委"))));
        mvc.perform(get("/admin/organization/regions/000001").with(sysadmin())).andExpect(status().isNotFound());
    }

    @Test
    void aDepartmentPageShowsUnitsPostsAndStaff() throws Exception {
        long id = directory.departmentsNamed("仪征市住房和城乡建设局").get(0).id();
        mvc.perform(get("/admin/organization/departments/" + id).with(sysadmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("法规科"), containsString("白蚁所"), containsString("王晓明"),
                        containsString("受理岗"), containsString("分管领导岗"))));
    }

    @Test
    void aBadRegionCodeComesBackBesideTheCodeFieldAndNothingIsWritten() throws Exception {
        String city = fixture.city();
        String body = mvc.perform(post("/admin/organization/regions/new").with(csrf()).with(sysadmin())
                        .param("parentCode", city).param("level", "COUNTY").param("code", "12345").param("name", "坏县"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        Html page = Html.of(body);
        assertThat(page.text("code-error")).isEqualTo("县级区划代码应为六位数字且不以 00 结尾，如 321081");
        assertThat(page.hasClass("code", "is-invalid")).isTrue();
        assertThat(page.attr("code", "aria-describedby")).contains("code-error");
        assertThat(page.attr("code", "value")).as("the input is kept").isEqualTo("12345");
        assertThat(page.attr("name", "value")).isEqualTo("坏县");
        assertThat(page.label("code")).contains("区划代码");
        assertThat(page.has("name-error")).isFalse();
        assertThat(page.hasClass("name", "is-invalid")).isFalse();
        assertThat(directory.childRegions(city)).isEmpty();
    }

    @Test
    void aDuplicateDepartmentComesBackBesideTheNameField() throws Exception {
        String county = fixture.county();
        mvc.perform(post("/admin/organization/regions/" + county + "/departments/new").with(csrf()).with(sysadmin())
                        .param("name", "页面局").param("shortName", "页").param("kind", "SUPERVISION"))
                .andExpect(status().is3xxRedirection());
        String body = mvc.perform(post("/admin/organization/regions/" + county + "/departments/new").with(csrf()).with(sysadmin())
                        .param("name", "页面局").param("shortName", "简".repeat(21)).param("kind", ""))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        Html page = Html.of(body);
        assertThat(page.text("shortName-error")).isEqualTo("不能超过 20 个字符");
        String conflict = mvc.perform(post("/admin/organization/regions/" + county + "/departments/new").with(csrf()).with(sysadmin())
                        .param("name", "页面局").param("shortName", "页"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(Html.of(conflict).text("name-error")).isEqualTo("本区划已有名为“页面局”的部门");
        assertThat(directory.departmentsIn(county)).hasSize(1);
        assertThat(directory.kindOf(directory.departmentsIn(county).get(0).id())).contains(DepartmentKind.SUPERVISION);
    }

    @Test
    void errorsFollowTheUsersLanguage() throws Exception {
        OrgFixture.Chain chain = fixture.chain();
        String body = mvc.perform(post("/admin/organization/units/" + chain.unit() + "/rename").with(csrf()).with(sysadmin())
                        .locale(Locale.ENGLISH).param("lang", "en").param("version", "0").param("name", ""))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        Html page = Html.of(body);
        assertThat(page.text("name-error")).isEqualTo("Required");
        assertThat(page.label("name")).contains("Unit name");
    }

    @Test
    void aStaleVersionIsShownAboveTheFormAndChangesNothing() throws Exception {
        OrgFixture.Chain chain = fixture.chain();
        mvc.perform(post("/admin/organization/staff/" + chain.staff() + "/rename").with(csrf()).with(sysadmin())
                        .param("version", "0").param("name", "第一次"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/organization/staff/" + chain.staff()));
        String body = mvc.perform(post("/admin/organization/staff/" + chain.staff() + "/rename").with(csrf()).with(sysadmin())
                        .param("version", "0").param("name", "第二次"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(Html.of(body).text("_global-error")).isEqualTo("数据已被他人修改，请刷新后重试");
        assertThat(directory.staff(chain.staff()).orElseThrow().name()).isEqualTo("第一次");
    }

    @Test
    void movingAndButtonsWorkAndRefusalsComeBackAsAMessage() throws Exception {
        OrgFixture.Chain chain = fixture.chain();
        String target = fixture.county();
        mvc.perform(get("/admin/organization/departments/" + chain.department() + "/move").with(sysadmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + target + "\"")));
        mvc.perform(post("/admin/organization/departments/" + chain.department() + "/move").with(csrf()).with(sysadmin())
                        .param("version", "0").param("regionCode", target))
                .andExpect(redirectedUrl("/admin/organization/departments/" + chain.department()));
        assertThat(directory.department(chain.department()).orElseThrow().regionCode()).isEqualTo(target);

        mvc.perform(post("/admin/organization/departments/" + chain.department() + "/deactivate").with(csrf()).with(sysadmin()))
                .andExpect(redirectedUrl("/admin/organization/departments/" + chain.department()))
                .andExpect(flash().attribute("problem", "还有 1 个在用的科室，请先停用或移走它们"));
        assertThat(directory.department(chain.department()).orElseThrow().active()).isTrue();

        mvc.perform(post("/admin/organization/staff/" + chain.staff() + "/revoke").with(csrf()).with(sysadmin())
                        .param("postId", String.valueOf(chain.post())))
                .andExpect(flash().attribute("notice", "已撤销岗位"));
        assertThat(directory.staff(chain.staff()).orElseThrow().postIds()).isEmpty();
        mvc.perform(post("/admin/organization/staff/" + chain.staff() + "/grant").with(csrf()).with(sysadmin())
                        .param("postId", String.valueOf(chain.post())))
                .andExpect(flash().attribute("notice", "已授予岗位"));
        assertThat(directory.staff(chain.staff()).orElseThrow().postIds()).containsExactly(chain.post());
    }

    @Test
    void everyFormRenders() throws Exception {
        OrgFixture.Chain chain = fixture.chain();
        admin.createPost(chain.unit(), "审核岗");  // so the staff page offers a post to grant
        String[] forms = {
                "/admin/organization/regions/new", "/admin/organization/regions/new?parent=" + chain.region(),
                "/admin/organization/regions/" + chain.region() + "/rename", "/admin/organization/regions/" + chain.region() + "/move",
                "/admin/organization/regions/" + chain.region() + "/departments/new",
                "/admin/organization/departments/" + chain.department() + "/rename",
                "/admin/organization/departments/" + chain.department() + "/units/new",
                "/admin/organization/units/" + chain.unit() + "/rename", "/admin/organization/units/" + chain.unit() + "/move",
                "/admin/organization/units/" + chain.unit() + "/posts/new", "/admin/organization/units/" + chain.unit() + "/staff/new",
                "/admin/organization/posts/" + chain.post() + "/rename", "/admin/organization/posts/" + chain.post() + "/move",
                "/admin/organization/staff/" + chain.staff(), "/admin/organization/staff/" + chain.staff() + "/rename",
                "/admin/organization/staff/" + chain.staff() + "/move"};
        for (String url : forms) {
            String body = mvc.perform(get(url).with(sysadmin())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Html page = Html.of(body);
            assertThat(page.contains("name=\"_csrf\"")).as(url + " has a CSRF token").isTrue();
            // every visible field has a label
            List<String> fields = page.fieldIds(url.endsWith("/staff/" + chain.staff()) ? "grant-form" : "org-form");
            assertThat(fields).as(url + " fields").isNotEmpty();
            for (String id : fields) {
                assertThat(page.label(id)).as(url + " label of " + id).isNotBlank();
            }
        }
    }
}
