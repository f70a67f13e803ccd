package id.kotacerdas.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether pages say that they show demo data ({@code kc.demo-data}, on by default): every layout asks it
 * ({@code ${@demoBanner.shown()}}), so the banner is on every page, error pages and the citizen survey included.
 */
@Component("demoBanner")
public class DemoBanner {

    private final boolean shown;

    DemoBanner(@Value("${kc.demo-data:true}") boolean shown) {
        this.shown = shown;
    }

    public boolean shown() {
        return shown;
    }

    /** The demo period's year, as the banner names it. */
    public String year() {
        return String.valueOf(DemoData.YEAR);
    }
}
