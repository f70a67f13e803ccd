package id.kotacerdas.security;

/** ADMIN: ministry staff. OPERATOR: one region's team. ASSESSOR: a panel member. */
public enum Role {
    ADMIN,
    OPERATOR,
    ASSESSOR
}
