using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Domain.Sourcing.WhatIf;

public sealed record OutcomeCount(SourcingOutcome Outcome, int Orders);
