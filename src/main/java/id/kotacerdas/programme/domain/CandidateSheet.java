package id.kotacerdas.programme.domain;

import id.kotacerdas.shared.domain.InvalidInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A candidates file as checked, row by row (docs/method.md, section 8.3). Its first non-blank row is the header,
 * naming the columns {@code region_code, IKBT, IKB, IKH, KKD} in any order (case ignored; other columns, such as
 * the region's name, are ignored). Each further non-blank row is a candidate; a row is refused, with every reason
 * it has, when its region code is missing or not in the registry, when the region is already on an earlier row,
 * when a value is not a number (nor, for KKD, TINGGI / SEDANG / RENDAH), lies outside 0..100 or has more than six
 * decimals, or when its KKD is a category where the file's first KKD is a number, or the other way round. A blank
 * value is a missing parameter: the row is loaded and the candidate listed as incomplete.
 */
public record CandidateSheet(List<Candidate> candidates, List<LoadRefusal> refusals) {

    public static final String REGION_COLUMN = "region_code";

    /** A number as people write it: digits, and a decimal point or comma. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(?:[.,][0-9]+)?");

    public CandidateSheet {
        candidates = List.copyOf(candidates);
        refusals = List.copyOf(refusals);
    }

    /**
     * @param knownRegion whether a region code is in the registry
     * @throws InvalidInput on field {@code file} when the file has no rows ({@code selection.load.empty}) or its
     *     header lacks or repeats a column ({@code selection.load.missingColumns}, {@code .repeatedColumn})
     */
    public static CandidateSheet check(List<SheetRow> rows, Predicate<String> knownRegion) {
        List<SheetRow> filled = rows.stream().filter(r -> !r.blank()).toList();
        if (filled.isEmpty()) {
            throw new InvalidInput("file", "selection.load.empty", "The file has no rows");
        }
        Header header = Header.of(filled.get(0));
        List<Candidate> candidates = new ArrayList<>();
        List<LoadRefusal> refusals = new ArrayList<>();
        Map<String, Integer> lineOfRegion = new HashMap<>();
        Boolean kkdAsCategory = null;
        int kkdKindLine = 0;
        for (SheetRow row : filled.subList(1, filled.size())) {
            List<LoadRefusal> found = new ArrayList<>();
            String code = header.cell(row, REGION_COLUMN);
            if (code.isEmpty()) {
                found.add(LoadRefusal.of(
                        row.line(), REGION_COLUMN, code, "selection.load.regionMissing", "The region code is missing"));
            } else if (!knownRegion.test(code)) {
                found.add(LoadRefusal.of(
                        row.line(),
                        REGION_COLUMN,
                        code,
                        "selection.load.unknownRegion",
                        "No region " + code + " in the registry",
                        code));
            } else {
                Integer earlier = lineOfRegion.putIfAbsent(code, row.line());
                if (earlier != null) {
                    found.add(LoadRefusal.of(
                            row.line(),
                            REGION_COLUMN,
                            code,
                            "selection.load.duplicate",
                            code + " is already on line " + earlier,
                            code,
                            String.valueOf(earlier)));
                }
            }
            Map<Parameter, BigDecimal> values = new EnumMap<>(Parameter.class);
            Kkd category = null;
            for (Parameter p : Parameter.values()) {
                String text = header.cell(row, p.name());
                if (text.isEmpty()) {
                    continue;
                }
                if (p == Parameter.KKD) {
                    Optional<Kkd> kkd = Kkd.of(text);
                    boolean asCategory = kkd.isPresent();
                    if (!asCategory && !NUMBER.matcher(text).matches()) {
                        found.add(LoadRefusal.of(
                                row.line(),
                                p.name(),
                                text,
                                "selection.load.kkdInvalid",
                                "KKD is TINGGI, SEDANG, RENDAH or a number, not " + text,
                                p.name(),
                                text));
                        continue;
                    }
                    if (kkdAsCategory == null) {
                        kkdAsCategory = asCategory;
                        kkdKindLine = row.line();
                    } else if (kkdAsCategory != asCategory) {
                        found.add(LoadRefusal.of(
                                row.line(),
                                p.name(),
                                text,
                                kkdAsCategory ? "selection.load.kkdCategory" : "selection.load.kkdNumber",
                                "KKD is "
                                        + (kkdAsCategory ? "a category" : "a number")
                                        + " on line " + kkdKindLine + ": give it the same way on every line",
                                String.valueOf(kkdKindLine)));
                        continue;
                    }
                    if (asCategory) {
                        category = kkd.get();
                        values.put(p, category.value());
                        continue;
                    }
                }
                number(row.line(), p, text, found).ifPresent(v -> values.put(p, v));
            }
            if (found.isEmpty()) {
                candidates.add(new Candidate(code, row.line(), values, category));
            }
            refusals.addAll(found);
        }
        return new CandidateSheet(candidates, refusals);
    }

    private static Optional<BigDecimal> number(int line, Parameter p, String text, List<LoadRefusal> found) {
        if (!NUMBER.matcher(text).matches()) {
            found.add(LoadRefusal.of(
                    line,
                    p.name(),
                    text,
                    "selection.load.notANumber",
                    p + " is not a number: " + text,
                    p.name(),
                    text));
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(text.replace(',', '.'));
        if (value.compareTo(Parameter.MINIMUM) < 0 || value.compareTo(Parameter.MAXIMUM) > 0) {
            found.add(LoadRefusal.of(
                    line,
                    p.name(),
                    text,
                    "selection.load.outOfRange",
                    p + " " + text + " lies outside 0..100",
                    p.name(),
                    text));
            return Optional.empty();
        }
        if (value.stripTrailingZeros().scale() > Parameter.MAX_DECIMALS) {
            found.add(LoadRefusal.of(
                    line,
                    p.name(),
                    text,
                    "selection.load.tooPrecise",
                    p + " " + text + " has more than six decimals",
                    p.name(),
                    text));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** Where each column is: the header row's cells, named once each; all five must be there. */
    private record Header(Map<String, Integer> positions) {

        static Header of(SheetRow row) {
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < row.cells().size(); i++) {
                String name = name(row.cell(i));
                if (name == null) {
                    continue;
                }
                if (positions.putIfAbsent(name, i) != null) {
                    throw new InvalidInput(
                            "file", "selection.load.repeatedColumn", "The column " + name + " is repeated", name);
                }
            }
            List<String> missing = new ArrayList<>();
            if (!positions.containsKey(REGION_COLUMN)) {
                missing.add(REGION_COLUMN);
            }
            for (Parameter p : Parameter.values()) {
                if (!positions.containsKey(p.name())) {
                    missing.add(p.name());
                }
            }
            if (!missing.isEmpty()) {
                String names = String.join(", ", missing);
                throw new InvalidInput(
                        "file",
                        "selection.load.missingColumns",
                        "The header lacks " + names + " (region_code, IKBT, IKB, IKH, KKD)",
                        names);
            }
            return new Header(positions);
        }

        /** The column a header names, or null for any other column. */
        private static String name(String text) {
            String t = text.strip();
            if (t.startsWith("\uFEFF")) {
                t = t.substring(1);
            }
            if (t.toLowerCase(Locale.ROOT).equals(REGION_COLUMN)) {
                return REGION_COLUMN;
            }
            return Parameter.ofColumn(t).map(Parameter::name).orElse(null);
        }

        String cell(SheetRow row, String column) {
            return row.cell(positions.get(column));
        }
    }
}
