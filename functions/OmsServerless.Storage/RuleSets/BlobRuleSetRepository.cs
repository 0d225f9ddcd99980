using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.RuleSets;
using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Storage.RuleSets;

/// <summary>
/// Rule sets and rate cards in the configuration container: "rule-sets/{kind}/current.json" is the version in force,
/// "rule-sets/{kind}/versions/{version}.json" keeps every version ever published. Until one is published the built-in
/// defaults are in force. Parsed rule sets are cached for <see cref="StorageOptions.RuleSetCacheDuration"/>, so a
/// published version reaches every instance within that time.
/// </summary>
public sealed class BlobRuleSetRepository : IRuleSetRepository, ISourcingConfiguration, IFraudRuleSetSource
{
    private readonly BlobContainerClient _container;
    private readonly TimeProvider _time;
    private readonly TimeSpan _cacheDuration;
    private readonly ConcurrentDictionary<RuleSetKind, Cached> _cache = new();

    public BlobRuleSetRepository(OmsBlobContainers blobs, IOptions<StorageOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(options);
        _container = blobs.Get(OmsBlobContainers.Configuration);
        _time = time;
        _cacheDuration = options.Value.RuleSetCacheDuration;
    }

    public async Task<PublishedRuleSet> GetCurrentAsync(RuleSetKind kind, CancellationToken cancellationToken) =>
        (await CurrentAsync(kind, cancellationToken)).RuleSet;

    public async Task<SourcingConfiguration> GetCurrentAsync(CancellationToken cancellationToken)
    {
        Cached sourcing = await CurrentAsync(RuleSetKind.Sourcing, cancellationToken);
        return new SourcingConfiguration((SourcingRuleSet)sourcing.Parsed, (IReadOnlyList<CarrierRateCard>)sourcing.Extra!);
    }

    async Task<FraudRuleSet> IFraudRuleSetSource.GetCurrentAsync(CancellationToken cancellationToken) =>
        (FraudRuleSet)(await CurrentAsync(RuleSetKind.Fraud, cancellationToken)).Parsed;

    public async Task<RuleSetPublication> PublishAsync(RuleSetKind kind, string json, CancellationToken cancellationToken)
    {
        (object? parsed, string id, int version, IReadOnlyList<RuleSetViolation> violations) = Parse(kind, json);
        if (parsed is null)
        {
            return new RuleSetPublication(null, violations);
        }

        PublishedRuleSet current = await GetCurrentAsync(kind, cancellationToken);
        if (version != current.Version + 1)
        {
            return Refused("$.version", $"must be {current.Version + 1}, the version after the one in force ({current.Version})");
        }

        await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        try
        {
            // Claiming the version's own blob first makes concurrent publishers of one version fail but one.
            await _container.GetBlobClient(VersionBlob(kind, version)).UploadAsync(
                BinaryData.FromString(json), new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
        }
        catch (RequestFailedException taken) when (taken.Status is 409 or 412)
        {
            return Refused("$.version", $"version {version} was published by someone else meanwhile");
        }

        await _container.GetBlobClient(CurrentBlob(kind)).UploadAsync(BinaryData.FromString(json), overwrite: true, cancellationToken);
        _cache.TryRemove(kind, out _);
        return new RuleSetPublication(new PublishedRuleSet(kind, id, version, json), []);
    }

    private async Task<Cached> CurrentAsync(RuleSetKind kind, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(kind, out Cached? cached) && cached.ExpiresAt > _time.GetUtcNow())
        {
            return cached;
        }

        string json = await ReadAsync(CurrentBlob(kind), cancellationToken) ?? DefaultJson(kind);
        (object? parsed, string id, int version, IReadOnlyList<RuleSetViolation> violations) = Parse(kind, json);
        if (parsed is null)
        {
            throw new InvalidDataException($"The {kind} rule set in force does not parse: {string.Join("; ", violations.Select(v => $"{v.Path}: {v.Reason}"))}");
        }

        object? extra = kind == RuleSetKind.Sourcing ? await RateCardsAsync(cancellationToken) : null;
        cached = new Cached(new PublishedRuleSet(kind, id, version, json), parsed, extra, _time.GetUtcNow() + _cacheDuration);
        _cache[kind] = cached;
        return cached;
    }

    private async Task<IReadOnlyList<CarrierRateCard>> RateCardsAsync(CancellationToken cancellationToken)
    {
        string? json = await ReadAsync(OmsBlobContainers.RateCardsBlob, cancellationToken);
        return json is null
            ? StandardUsRateCards.All
            : BinaryData.FromString(json).ToObjectFromJson<List<CarrierRateCard>>(SourcingJson.Options)
              ?? throw new InvalidDataException("The stored rate cards are empty.");
    }

    private static (object? Parsed, string Id, int Version, IReadOnlyList<RuleSetViolation> Violations) Parse(RuleSetKind kind, string json)
    {
        if (kind == RuleSetKind.Sourcing)
        {
            RuleSetParseResult sourcing = RuleSetJson.Parse(json);
            return sourcing.RuleSet is { } ruleSet
                ? (ruleSet, ruleSet.Id, ruleSet.Version, [])
                : (null, string.Empty, 0, [.. sourcing.Faults.Select(f => new RuleSetViolation(f.Path, f.Reason))]);
        }

        FraudRuleSetParseResult fraud = FraudRuleSetParser.Parse(json);
        return fraud.RuleSet is { } fraudRules
            ? (fraudRules, fraudRules.Id, fraudRules.Version, [])
            : (null, string.Empty, 0, [.. fraud.Errors.Select(e => new RuleSetViolation(e.Path, e.Message))]);
    }

    private static RuleSetPublication Refused(string path, string reason) => new(null, [new RuleSetViolation(path, reason)]);

    private static string DefaultJson(RuleSetKind kind) => kind == RuleSetKind.Sourcing ? DefaultRuleSet.Json : DefaultFraudRuleSet.Json;

    private static string CurrentBlob(RuleSetKind kind) => $"rule-sets/{kind.ToString().ToLowerInvariant()}/current.json";

    private static string VersionBlob(RuleSetKind kind, int version) => $"rule-sets/{kind.ToString().ToLowerInvariant()}/versions/{version}.json";

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

    private sealed record Cached(PublishedRuleSet RuleSet, object Parsed, object? Extra, DateTimeOffset ExpiresAt);
}
