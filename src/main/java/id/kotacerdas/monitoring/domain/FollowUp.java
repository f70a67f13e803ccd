package id.kotacerdas.monitoring.domain;

/** How a recommendation was followed up by the agency it is addressed to. */
public enum FollowUp {
    OPEN,
    IN_PROGRESS,
    DONE
}
