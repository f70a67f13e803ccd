package id.kotacerdas.award;

import id.kotacerdas.award.domain.Proposal;

/** An award with the system's proposal computed now from the period's results. */
public record AwardProposal(AwardView award, Proposal proposal) {}
