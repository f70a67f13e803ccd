package id.kotacerdas.shared.web;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Controllers are found through {@link LiteralPrefixMappings}, configured as Spring Boot configures its own. */
@Configuration(proxyBeanMethods = false)
class HandlerLookupConfig implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new LiteralPrefixMappings();
    }
}
