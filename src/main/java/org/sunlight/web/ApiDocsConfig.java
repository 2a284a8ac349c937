package org.sunlight.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description the OpenAPI document and Swagger UI show. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    @Bean
    OpenAPI sunlightOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Sunlight 阳光权力运行平台 API")
                .version("v1")
                .description("JSON API under /api/v1; the public part (catalog, deadline calculator, case lookup) under "
                        + "/api/v1/public needs no sign-in. Errors are application/problem+json with an `errors` list "
                        + "of {field, message}. Staff calls use the browser session (with the CSRF token) or HTTP Basic.")
                .license(new License().name("Open source")));
    }
}
