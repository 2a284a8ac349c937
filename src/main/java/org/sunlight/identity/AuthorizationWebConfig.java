package org.sunlight.identity;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.sunlight.identity.internal.AuthorizeBeforeBindingInterceptor;

/** Role checks before request binding, for every controller (see {@link AuthorizeBeforeBindingInterceptor}). */
@Configuration(proxyBeanMethods = false)
class AuthorizationWebConfig implements WebMvcConfigurer {

    private final ApplicationContext context;

    AuthorizationWebConfig(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuthorizeBeforeBindingInterceptor(context));
    }
}
