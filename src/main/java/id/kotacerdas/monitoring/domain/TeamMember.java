package id.kotacerdas.monitoring.domain;

/**
 * A member of a field evaluation's team: a ministry official (Ditjen Aptika Kemenkominfo), a university mentor
 * (pendamping), ...
 *
 * @param affiliation the ministry, university or firm (null when not given)
 * @param role the part they play in the team, e.g. ketua tim, pendamping (null when not given)
 */
public record TeamMember(String name, String affiliation, String role) {}
