package id.kotacerdas.security;

import id.kotacerdas.shared.cluster.ClusterEvent;

/**
 * An account's API tokens were revoked, or the account disabled: every instance forgets the tokens it keeps
 * valid in {@link BearerCache} (relayed to the other instances when the change commits).
 */
record ApiTokensChanged(String username) implements ClusterEvent {}
