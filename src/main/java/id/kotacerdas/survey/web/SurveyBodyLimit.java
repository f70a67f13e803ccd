package id.kotacerdas.survey.web;

import id.kotacerdas.shared.domain.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A survey response's JSON is a few hundred bytes: a body declared larger than {@code kc.survey.max-body} is
 * refused before anything reads or parses it (413 problem+json, {@code error.tooLarge}); a body of unknown length
 * (chunked) is refused too (400 {@code survey.body.lengthRequired}), so that nothing unbounded is parsed.
 */
@Configuration(proxyBeanMethods = false)
class SurveyBodyLimit implements WebMvcConfigurer, HandlerInterceptor {

    private final long maxBody;

    SurveyBodyLimit(@Value("${kc.survey.max-body:16384}") long maxBody) {
        this.maxBody = maxBody;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns(
                        "/api/v1/public/surveys/*/*/responses", "/api/v1/periods/*/regions/*/survey-responses");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        long length = request.getContentLengthLong();
        if (length > maxBody) {
            throw new MaxUploadSizeExceededException(maxBody);
        }
        if (length < 0) {
            throw new InvalidInput(
                    "body",
                    "survey.body.lengthRequired",
                    "Send the body with a Content-Length (at most " + maxBody + " bytes)",
                    maxBody);
        }
        return true;
    }
}
