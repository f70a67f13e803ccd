package id.kotacerdas.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;

/**
 * The API contract's frame ({@code /v3/api-docs}, committed as {@code docs/openapi.json}): what the API is, its
 * licence and contact, a relative server (the document holds for any host), the {@code Problem} schema, and an
 * example for every refusal code an operation names, its detail from the English message bundle.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI kotaCerdasApi(
            @Value("${kc.open-data.licence.name:CC-BY-4.0}") String licence,
            @Value("${kc.open-data.licence.path:https://creativecommons.org/licenses/by/4.0/}") String licenceUrl,
            @Value("${kc.api.contact.name:Kota Cerdas}") String contactName,
            @Value("${kc.api.contact.url:}") String contactUrl,
            @Value("${kc.api.contact.email:}") String contactEmail) {
        Contact contact = new Contact().name(contactName);
        if (!contactUrl.isBlank()) {
            contact.url(contactUrl);
        }
        if (!contactEmail.isBlank()) {
            contact.email(contactEmail);
        }
        return new OpenAPI()
                .info(new Info()
                        .title("Kota Cerdas API")
                        .version("v1")
                        .summary("Indonesia's national smart-city evaluation: periods, instruments, assessments,"
                                + " results and the programme around them")
                        .description(DESCRIPTION)
                        .license(new License().name(licence).url(licenceUrl))
                        .contact(contact))
                .servers(List.of(new Server().url("/").description("this server")));
    }

    private static final String DESCRIPTION = "The REST API of the platform (`/api/v1`), described in `docs/api.md`."
            + " Refusals are `application/problem+json` (RFC 9457) in the caller's language (`Accept-Language` or"
            + " `?lang=en`), with `code` naming the rule; the examples of each answer list the codes an operation"
            + " can return. The results the API publishes are open data under the licence above.";

    @Bean
    GlobalOpenApiCustomizer problemComponents(MessageSource messages) {
        return new ProblemComponents(messages);
    }

    /** Runs after the other customizers, which may name codes too. */
    @Order(Ordered.LOWEST_PRECEDENCE)
    static final class ProblemComponents implements GlobalOpenApiCustomizer {

        private final MessageSource messages;

        ProblemComponents(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        public void customise(OpenAPI api) {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(ProblemDocs.SCHEMA, ProblemSchema.schema());
            Map<String, Example> examples = new TreeMap<>();
            if (api.getPaths() != null) {
                api.getPaths().values().stream()
                        .flatMap(path -> path.readOperations().stream())
                        .filter(operation -> operation.getResponses() != null)
                        .forEach(operation -> operation.getResponses().forEach((status, response) -> {
                            var problem = response.getContent() == null
                                    ? null
                                    : response.getContent().get(ProblemDocs.MEDIA_TYPE);
                            if (problem != null && problem.getExamples() != null) {
                                problem.getExamples()
                                        .keySet()
                                        .forEach(code -> examples.computeIfAbsent(
                                                ProblemDocs.exampleName(code, Integer.parseInt(status)),
                                                name -> example(code, HttpStatus.valueOf(Integer.parseInt(status)))));
                            }
                        }));
            }
            examples.forEach(api.getComponents()::addExamples);
        }

        private Example example(String code, HttpStatus status) {
            String detail =
                    messages.getMessage(code, null, code, Locale.ENGLISH).replaceAll("\\{\\d+}", "…");
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("type", "about:blank");
            value.put("title", status.getReasonPhrase());
            value.put("status", status.value());
            value.put("detail", detail);
            value.put("code", code);
            return new Example().summary(code).value(value);
        }
    }
}
