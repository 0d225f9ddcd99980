using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Storage.Routing;

/// <summary>
/// The sourcing rule set and rate cards from the configuration container, falling back to the built-in defaults
/// when none is stored, cached for <see cref="StorageOptions.RoutingConfigurationCacheDuration"/>. Publishing a rule
/// set validates it first and refuses anything but the next version, so every decision's version means one thing.
/// </summary>
public sealed class BlobSourcingConfiguration : ISourcingConfiguration
{
    private readonly BlobContainerClient _container;
    private readonly TimeProvider _time;
    private readonly TimeSpan _cacheDuration;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Cached? _cached;

    public BlobSourcingConfiguration(BlobServiceClient blobs, IOptions<StorageOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(options);
        _container = blobs.GetBlobContainerClient(ConfigurationContainers.Configuration);
        _time = time;
        _cacheDuration = options.Value.RoutingConfigurationCacheDuration;
    }

    public async Task<SourcingConfiguration> GetCurrentAsync(CancellationToken cancellationToken)
    {
        Cached? cached = _cached;
        if (cached is not null && cached.ExpiresAt > _time.GetUtcNow())
        {
            return cached.Configuration;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            cached = _cached;
            if (cached is not null && cached.ExpiresAt > _time.GetUtcNow())
            {
                return cached.Configuration;
            }

            string? ruleSetJson = await ReadAsync(ConfigurationContainers.SourcingRuleSetBlob, cancellationToken);
            string? rateCardsJson = await ReadAsync(ConfigurationContainers.RateCardsBlob, cancellationToken);
            var configuration = new SourcingConfiguration(
                ruleSetJson is null ? DefaultRuleSet.Instance : RuleSetJson.Deserialize(ruleSetJson),
                rateCardsJson is null
                    ? StandardUsRateCards.All
                    : BinaryData.FromString(rateCardsJson).ToObjectFromJson<List<CarrierRateCard>>(SourcingJson.Options)!);
            _cached = new Cached(configuration, _time.GetUtcNow() + _cacheDuration);
            return configuration;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Publishes a new rule set version; the result lists every fault when it is refused.</summary>
    public async Task<RuleSetParseResult> PublishRuleSetAsync(string json, CancellationToken cancellationToken)
    {
        RuleSetParseResult parsed = RuleSetJson.Parse(json);
        if (!parsed.IsValid)
        {
            return parsed;
        }

        SourcingRuleSet current = (await GetCurrentAsync(cancellationToken)).RuleSet;
        if (parsed.RuleSet!.Version != current.Version + 1)
        {
            return new RuleSetParseResult(null, [new RuleSetFault("$.version", $"must be {current.Version + 1}, the version after the one in force ({current.Version})")]);
        }

        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await _container.GetBlobClient($"sourcing/versions/{parsed.RuleSet.Id}-{parsed.RuleSet.Version}.json")
            .UploadAsync(BinaryData.FromString(json), overwrite: false, cancellationToken);
        await _container.GetBlobClient(ConfigurationContainers.SourcingRuleSetBlob).UploadAsync(BinaryData.FromString(json), overwrite: true, cancellationToken);
        _cached = null;
        return parsed;
    }

    private async Task<string?> ReadAsync(string blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await _container.GetBlobClient(blob).DownloadContentAsync(cancellationToken)).Value.Content.ToString();
        }
        catch (RequestFailedException missing) when (missing.Status == 404)
        {
            return null;
        }
    }

    private sealed record Cached(SourcingConfiguration Configuration, DateTimeOffset ExpiresAt);
}
