using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Workflows.Tests.Doubles;

public sealed class FixedSourcingConfiguration : ISourcingConfiguration
{
    private readonly SourcingConfiguration _configuration = new(DefaultRuleSet.Instance, StandardUsRateCards.All);

    public Task<SourcingConfiguration> GetCurrentAsync(CancellationToken cancellationToken) => Task.FromResult(_configuration);
}
