namespace OmsServerless.Domain.Sourcing.WhatIf;

/// <summary>The same orders over the same starting stock, sourced under two rule sets.</summary>
public sealed record WhatIfComparison(WhatIfSummary Baseline, WhatIfSummary Candidate);
