using Microsoft.Extensions.Options;
using OmsServerless.Domain.Idempotency;
using OmsServerless.Storage.Idempotency;
using OmsServerless.Storage.Tables;
using OmsServerless.Storage.Tests.Payments;

namespace OmsServerless.Storage.Tests.Idempotency;

public sealed class TableIdempotencyStoreTests : IClassFixture<StorageTestContext>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private readonly ManualTimeProvider _clock = new(Start);
    private readonly OmsTables _tables;
    private readonly TableIdempotencyStore _store;

    public TableIdempotencyStoreTests(StorageTestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _tables = context.Get<OmsTables>();
        _store = new TableIdempotencyStore(_tables, Options.Create(new IdempotencyOptions { Retention = Retention }), _clock);
    }

    [Fact]
    public async Task Twenty_parallel_claims_of_one_key_give_one_claim_and_replays_of_its_resource()
    {
        string key = NewKey();

        IdempotencyClaim[] claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            _store.ClaimAsync("storefront", key, "fp-1", $"ord-{i}", CancellationToken.None))));

        IdempotencyClaim winner = Assert.Single(claims, claim => claim.Outcome == IdempotencyClaimOutcome.Claimed);
        Assert.Equal(19, claims.Count(claim => claim.Outcome == IdempotencyClaimOutcome.Replay));
        Assert.All(claims, claim => Assert.Equal((winner.ResourceId, Start), (claim.ResourceId, claim.FirstSeenAt)));
    }

    [Fact]
    public async Task A_repeated_request_replays_the_first_claim()
    {
        string key = NewKey();
        await _store.ClaimAsync("storefront", key, "fp-1", "ord-1", CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(3));

        IdempotencyClaim repeat = await _store.ClaimAsync("storefront", key, "fp-1", "ord-2", CancellationToken.None);

        Assert.Equal(new IdempotencyClaim(IdempotencyClaimOutcome.Replay, "ord-1", Start), repeat);
    }

    [Fact]
    public async Task The_same_key_with_a_different_fingerprint_is_a_conflict_and_keeps_the_first_claim()
    {
        string key = NewKey();
        await _store.ClaimAsync("storefront", key, "fp-1", "ord-1", CancellationToken.None);

        IdempotencyClaim conflict = await _store.ClaimAsync("storefront", key, "fp-2", "ord-2", CancellationToken.None);
        IdempotencyClaim replay = await _store.ClaimAsync("storefront", key, "fp-1", "ord-3", CancellationToken.None);

        Assert.Equal(new IdempotencyClaim(IdempotencyClaimOutcome.Conflict, "ord-1", Start), conflict);
        Assert.Equal(new IdempotencyClaim(IdempotencyClaimOutcome.Replay, "ord-1", Start), replay);
    }

    [Fact]
    public async Task Scopes_isolate_keys()
    {
        string key = NewKey();

        IdempotencyClaim storefront = await _store.ClaimAsync("storefront", key, "fp-1", "ord-1", CancellationToken.None);
        IdempotencyClaim marketplace = await _store.ClaimAsync("marketplace", key, "fp-2", "ord-2", CancellationToken.None);

        Assert.Equal((IdempotencyClaimOutcome.Claimed, "ord-1"), (storefront.Outcome, storefront.ResourceId));
        Assert.Equal((IdempotencyClaimOutcome.Claimed, "ord-2"), (marketplace.Outcome, marketplace.ResourceId));
    }

    [Fact]
    public async Task Keys_and_scopes_may_hold_characters_table_keys_forbid_and_be_very_long()
    {
        string key = NewKey() + "/#?\\%\u0001" + new string('k', 2000);
        string otherKey = key[..^1] + "K";

        IdempotencyClaim first = await _store.ClaimAsync("tenant/a#1", key, "fp-1", "ord-1", CancellationToken.None);
        IdempotencyClaim repeat = await _store.ClaimAsync("tenant/a#1", key, "fp-1", "ord-2", CancellationToken.None);
        IdempotencyClaim other = await _store.ClaimAsync("tenant/a#1", otherKey, "fp-1", "ord-3", CancellationToken.None);
        IdempotencyClaim otherScope = await _store.ClaimAsync("tenant/a#2", key, "fp-1", "ord-4", CancellationToken.None);

        Assert.Equal(
            [IdempotencyClaimOutcome.Claimed, IdempotencyClaimOutcome.Replay, IdempotencyClaimOutcome.Claimed, IdempotencyClaimOutcome.Claimed],
            [first.Outcome, repeat.Outcome, other.Outcome, otherScope.Outcome]);
        Assert.Equal("ord-1", repeat.ResourceId);
    }

    [Fact]
    public async Task A_key_is_held_until_its_retention_ends_and_may_then_be_claimed_for_a_new_request()
    {
        string key = NewKey();
        await _store.ClaimAsync("storefront", key, "fp-1", "ord-1", CancellationToken.None);

        _clock.Advance(Retention - TimeSpan.FromSeconds(1));
        IdempotencyClaim justBefore = await _store.ClaimAsync("storefront", key, "fp-2", "ord-2", CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        IdempotencyClaim atExpiry = await _store.ClaimAsync("storefront", key, "fp-2", "ord-3", CancellationToken.None);
        IdempotencyClaim oldRequest = await _store.ClaimAsync("storefront", key, "fp-1", "ord-4", CancellationToken.None);

        Assert.Equal(IdempotencyClaimOutcome.Conflict, justBefore.Outcome);
        Assert.Equal(new IdempotencyClaim(IdempotencyClaimOutcome.Claimed, "ord-3", Start + Retention), atExpiry);
        Assert.Equal(new IdempotencyClaim(IdempotencyClaimOutcome.Conflict, "ord-3", Start + Retention), oldRequest);
    }

    [Fact]
    public async Task Parallel_claims_of_an_expired_key_give_one_new_claim()
    {
        string key = NewKey();
        await _store.ClaimAsync("storefront", key, "fp-old", "ord-old", CancellationToken.None);
        _clock.Advance(Retention + TimeSpan.FromHours(1));

        IdempotencyClaim[] claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            _store.ClaimAsync("storefront", key, "fp-new", $"ord-{i}", CancellationToken.None))));

        IdempotencyClaim winner = Assert.Single(claims, claim => claim.Outcome == IdempotencyClaimOutcome.Claimed);
        Assert.NotEqual("ord-old", winner.ResourceId);
        Assert.All(claims, claim => Assert.Equal(winner.ResourceId, claim.ResourceId));
    }

    [Fact]
    public void A_retention_that_is_not_positive_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new TableIdempotencyStore(
            _tables, Options.Create(new IdempotencyOptions { Retention = TimeSpan.Zero }), _clock));
    }

    private static string NewKey() => "key-" + Guid.NewGuid().ToString("N");
}
