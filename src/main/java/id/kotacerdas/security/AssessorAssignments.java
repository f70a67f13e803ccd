package id.kotacerdas.security;

/**
 * Which assessors sit on which region's panel in a period; the assessment module answers it, so that
 * an assessor may read the self-assessment and evidence of the regions they assess, and no other.
 */
public interface AssessorAssignments {

    boolean isAssigned(String assessor, int year, String regionCode);
}
