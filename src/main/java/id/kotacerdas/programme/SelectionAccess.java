package id.kotacerdas.programme;

import id.kotacerdas.security.Actor;
import id.kotacerdas.shared.domain.Forbidden;

/** Candidate selection is the ministry's: every use case asks for an administrator (the URL rules do too). */
final class SelectionAccess {

    private SelectionAccess() {}

    static void requireAdmin(Actor actor) {
        if (actor == null || !actor.isAdmin()) {
            throw new Forbidden("security.forbidden", "Only an administrator works on candidate selections");
        }
    }
}
