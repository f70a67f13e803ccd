package id.kotacerdas.scoring.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.kotacerdas.scoring.NationalTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The rows of the national table rendered once per table, query and language, and kept while the table
 * stays the same (a new import or weight change builds a new table), so the page answers in a few ms. At most
 * {@value #MAX_PAGES_PER_YEAR} renderings per year are kept, the least recently used dropped first.
 */
@Component
class TableRowsHtml {

    private static final int MAX_PAGES_PER_YEAR = 256;

    private record Key(TableQuery query, Locale locale, String base) {}

    private record Rendered(NationalTable table, Cache<Key, String> pages) {}

    private final ITemplateEngine templates;
    private final Map<Integer, Rendered> byYear = new ConcurrentHashMap<>();

    TableRowsHtml(ITemplateEngine templates) {
        this.templates = templates;
    }

    String rows(NationalTable table, TableQuery query, Locale locale, String base, Supplier<List<TableRow>> rows) {
        Rendered rendered = byYear.compute(
                table.year(),
                (year, current) -> current != null && current.table() == table
                        ? current
                        : new Rendered(
                                table,
                                Caffeine.newBuilder()
                                        .maximumSize(MAX_PAGES_PER_YEAR)
                                        .build()));
        return rendered.pages().get(new Key(query, locale, base), key -> render(table.year(), key, rows.get()));
    }

    private String render(int year, Key key, List<TableRow> rows) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("rows", rows);
        variables.put("year", year);
        variables.put("base", key.base());
        return templates.process("scoring/national-rows", Set.of("rows"), new Context(key.locale(), variables));
    }
}
