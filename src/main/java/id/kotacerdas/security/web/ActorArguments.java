package id.kotacerdas.security.web;

import id.kotacerdas.security.Actor;
import id.kotacerdas.security.RegionAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a controller method the signed-in {@link Actor}, read from the accounts once per request (kept in a
 * request attribute, so a page that renders another after a refusal does not read it again). Null for an
 * anonymous caller; the security rules keep anonymous callers away from every path that needs an account.
 */
@Component
class ActorArguments implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private static final String ATTRIBUTE = Actor.class.getName();

    static {
        // not a request parameter: the API documentation leaves it out
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    private final RegionAccess access;

    ActorArguments(RegionAccess access) {
        this.access = access;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        if (request != null && request.getAttribute(ATTRIBUTE) instanceof Actor known) {
            return known;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Actor actor = access.actor(authentication.getName());
        if (request != null) {
            request.setAttribute(ATTRIBUTE, actor);
        }
        return actor;
    }
}
