package id.kotacerdas.security;

/**
 * Which assessors mentor (pendamping) which region of the programme; the programme module answers it, so that a
 * mentor may read the programme, guidance and field evaluations of the regions they mentor, and no other.
 */
public interface MentorAssignments {

    /** Whether the account is a current mentor of the region (in any cohort). */
    boolean isMentor(String username, String regionCode);
}
