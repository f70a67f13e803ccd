package id.kotacerdas.security;

/**
 * ADMIN: ministry staff. OPERATOR: one region's team. ASSESSOR: a panel member. ENUMERATOR: enters one region's
 * survey responses collected on paper or at a service counter, and sees nothing else of the region.
 */
public enum Role {
    ADMIN,
    OPERATOR,
    ASSESSOR,
    ENUMERATOR
}
