namespace OmsServerless.Domain.Fraud;

/// <summary>A time window a rule set needs order counts for; the storage layer computes one observation per window.</summary>
public sealed record VelocityWindow(VelocityDimension Dimension, int WindowHours);
