package id.kotacerdas.assessment;

import id.kotacerdas.security.AssessorAssignments;
import org.springframework.stereotype.Component;

/** Tells the security module which regions an assessor sits on the panel of. */
@Component
class PanelAssignments implements AssessorAssignments {

    private final PanelRepository panels;

    PanelAssignments(PanelRepository panels) {
        this.panels = panels;
    }

    @Override
    public boolean isAssigned(String assessor, int year, String regionCode) {
        return panels.isMember(assessor, year, regionCode);
    }
}
