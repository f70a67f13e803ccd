/**
 * The shared kernel: the refusals every module throws ({@code shared.domain}), their rendering as problem+json
 * and error pages ({@code shared.web}), the embedded database, caches of derived data and classpath tables. Every
 * module may use all of it; it uses no module.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package id.kotacerdas.shared;

import org.springframework.modulith.ApplicationModule;
