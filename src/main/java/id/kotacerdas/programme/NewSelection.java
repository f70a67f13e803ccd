package id.kotacerdas.programme;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What an administrator opens (or changes) a selection with.
 *
 * @param weights by parameter name ({@code {"IKBT":0.25, ...}}); null or empty for 0.25 each
 */
public record NewSelection(Integer year, String name, Integer quota, Map<String, BigDecimal> weights) {}
