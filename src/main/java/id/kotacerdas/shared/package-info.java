/**
 * The shared kernel: the refusals every module throws ({@code shared.domain}), their rendering as problem+json
 * and error pages ({@code shared.web}), the embedded database, caches of derived data and classpath tables, and
 * what printed documents share: rendering a template to PDF/A ({@code shared.pdf}), chart geometry
 * ({@code shared.chart}) and Indonesian numbers and dates ({@code shared.format}). Evidence files too: the rules an
 * uploaded file passes by its content ({@code shared.files.domain}) and the one store that keeps every module's
 * files, the database or S3-compatible object storage ({@code shared.files}). Every module may use all of it; it
 * uses no module.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package id.kotacerdas.shared;

import org.springframework.modulith.ApplicationModule;
