using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.RuleSets;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Rules;
using OmsServerless.Storage.RuleSets;
using OmsServerless.Testing;

namespace OmsServerless.Storage.Tests.RuleSets;

/// <summary>Each test publishes into containers of its own, starting from the built-in rule sets.</summary>
public sealed class BlobRuleSetRepositoryTests : IAsyncLifetime
{
    private ServiceProvider? _services;

    private BlobRuleSetRepository Repository => _services!.GetRequiredService<BlobRuleSetRepository>();

    public async Task InitializeAsync()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await TestAzurite.GetConnectionStringAsync(),
            ["Storage:RuleSetCacheDuration"] = "00:00:00",
            ["Storage:BlobContainerPrefix"] = TestAzurite.UniqueBlobPrefix(),
        }).Build();
        _services = new ServiceCollection().AddOmsStorage(configuration).BuildServiceProvider();
        await _services.GetRequiredService<OmsBlobContainers>().CreateAllAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    [Fact]
    public async Task Publishing_the_next_version_puts_it_in_force_for_routing_and_keeps_it_for_later_explanations()
    {
        PublishedRuleSet current = await Repository.GetCurrentAsync(RuleSetKind.Sourcing, CancellationToken.None);
        JsonObject next = JsonNode.Parse(current.Json)!.AsObject();
        next["version"] = current.Version + 1;
        next["split"]!["maxShipments"] = 1;

        RuleSetPublication publication = await Repository.PublishAsync(RuleSetKind.Sourcing, next.ToJsonString(), CancellationToken.None);
        SourcingConfiguration inForce = await ((ISourcingConfiguration)Repository).GetCurrentAsync(CancellationToken.None);

        Assert.Empty(publication.Violations);
        Assert.Equal((current.Version + 1, 1), (inForce.RuleSet.Version, inForce.RuleSet.Split.MaxShipments));
        BlobContainerClient container = _services!.GetRequiredService<OmsBlobContainers>().Get(OmsBlobContainers.Configuration);
        Assert.True(await container.GetBlobClient($"rule-sets/sourcing/versions/{current.Version + 1}.json").ExistsAsync());
    }

    [Fact]
    public async Task Of_two_publishers_of_one_version_exactly_one_wins()
    {
        PublishedRuleSet current = await Repository.GetCurrentAsync(RuleSetKind.Fraud, CancellationToken.None);
        JsonObject next = JsonNode.Parse(current.Json)!.AsObject();
        next["version"] = current.Version + 1;

        RuleSetPublication[] results = await Task.WhenAll(Enumerable.Range(0, 5)
            .Select(_ => Repository.PublishAsync(RuleSetKind.Fraud, next.ToJsonString(), CancellationToken.None)));

        Assert.Single(results, r => r.Published is not null);
        Assert.All(results.Where(r => r.Published is null), r => Assert.Equal("$.version", Assert.Single(r.Violations).Path));
        FraudRuleSet inForce = await ((IFraudRuleSetSource)Repository).GetCurrentAsync(CancellationToken.None);
        Assert.Equal(current.Version + 1, inForce.Version);
    }

    [Fact]
    public async Task A_faulty_document_is_refused_with_its_paths_and_changes_nothing()
    {
        PublishedRuleSet before = await Repository.GetCurrentAsync(RuleSetKind.Sourcing, CancellationToken.None);

        RuleSetPublication publication = await Repository.PublishAsync(RuleSetKind.Sourcing, """{"id":"x","version":"two"}""", CancellationToken.None);

        Assert.Null(publication.Published);
        Assert.Contains(publication.Violations, v => v.Path == "$.version");
        Assert.Equal(before.Version, (await Repository.GetCurrentAsync(RuleSetKind.Sourcing, CancellationToken.None)).Version);
    }

    [Fact]
    public async Task Until_something_is_published_the_built_in_rule_sets_and_rate_cards_are_in_force()
    {
        PublishedRuleSet sourcing = await Repository.GetCurrentAsync(RuleSetKind.Sourcing, CancellationToken.None);
        PublishedRuleSet fraud = await Repository.GetCurrentAsync(RuleSetKind.Fraud, CancellationToken.None);
        SourcingConfiguration routing = await ((ISourcingConfiguration)Repository).GetCurrentAsync(CancellationToken.None);

        Assert.Equal((DefaultRuleSet.Instance.Id, DefaultRuleSet.Instance.Version), (sourcing.Id, sourcing.Version));
        Assert.Equal(DefaultFraudRuleSet.Json, fraud.Json);
        Assert.Equal(["NATIONAL", "REGIONAL"], routing.RateCards.Select(c => c.CarrierId));
    }
}
