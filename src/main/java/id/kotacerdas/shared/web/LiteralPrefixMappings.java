package id.kotacerdas.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping of requests to controller methods, passing over at a glance the mappings that cannot
 * match. For a path with variables ({@code /api/v1/public/surveys/2024/51.03}) Spring tries every mapping in
 * turn, each checking its methods, headers and media types before its path: with this application's 150
 * mappings that was a fifth of the CPU of a survey request. A mapping whose every pattern begins with literal
 * text that the path does not begin with cannot match and is skipped; every other one gets Spring's full check,
 * so what matches, and the answers when nothing does (404, 405, 406, 415), are Spring's own.
 */
final class LiteralPrefixMappings extends RequestMappingHandlerMapping {

    private static final String[] ANY = {""};

    /** The path being looked up on this thread, or null (then every mapping gets the full check). */
    private static final ThreadLocal<String> PATH = new ThreadLocal<>();

    private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        // percent-encoded characters and matrix variables are decoded or dropped before patterns see the path
        boolean comparable = lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0;
        PATH.set(comparable ? lookupPath : null);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            PATH.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String path = PATH.get();
        if (path != null && !startsWithAny(path, prefixes.computeIfAbsent(info, LiteralPrefixMappings::prefixesOf))) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    private static boolean startsWithAny(String path, String[] prefixes) {
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each pattern's literal text up to the last {@code /} before its first variable or wildcard: {@code
     * /api/v1/periods/{year}} gives {@code /api/v1/periods}, which {@code {*path}} patterns and a missing trailing
     * part still match as Spring would. No path patterns (another kind of matching): any path.
     */
    static String[] prefixesOf(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null || condition.getPatterns().isEmpty()) {
            return ANY;
        }
        return condition.getPatterns().stream()
                .map(PathPattern::getPatternString)
                .map(LiteralPrefixMappings::literalPrefix)
                .toArray(String[]::new);
    }

    static String literalPrefix(String pattern) {
        int end = pattern.length();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' || c == '*' || c == '?') {
                end = i;
                break;
            }
        }
        int slash = pattern.lastIndexOf('/', end - 1);
        return slash <= 0 ? "" : pattern.substring(0, slash);
    }
}
