namespace OmsServerless.Domain.Sourcing;

/// <summary>Where the current sourcing rule set and rate cards come from.</summary>
public interface ISourcingConfiguration
{
    Task<SourcingConfiguration> GetCurrentAsync(CancellationToken cancellationToken);
}
