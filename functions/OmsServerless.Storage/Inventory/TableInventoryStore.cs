using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using OmsServerless.Domain.Inventory;
using OmsServerless.Storage.Tables;
using Polly;
using Polly.Retry;

namespace OmsServerless.Storage.Inventory;

/// <summary>
/// Balances on Azure Table Storage with optimistic concurrency: each movement re-reads the balance, computes the new
/// one with the domain rules, and commits balance (guarded by its ETag), ledger entry and movement-id marker in one
/// entity group transaction. A lost race retries; a repeated movement id fails the transaction and returns the first
/// result. So concurrent writers never lose an update and retries never double-count.
/// </summary>
public sealed class TableInventoryStore : IInventoryStore
{
    private readonly TableClient _table;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _conflictRetry;

    public TableInventoryStore(OmsTables tables, IOptions<StorageOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        _table = tables.Get(OmsTableNames.Inventory);
        _time = time;
        _conflictRetry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<LostRace>(),
                MaxRetryAttempts = options.Value.ConcurrencyRetryLimit,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(2),
                MaxDelay = TimeSpan.FromMilliseconds(200),
            })
            .Build();
    }

    public async Task<IReadOnlyList<InventoryBalance>> GetBalancesAsync(string sku, CancellationToken cancellationToken)
    {
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {sku} and RowKey ge {InventoryKeys.BalancePrefix} and RowKey lt {InventoryKeys.BalanceRangeEnd}");
        var balances = new List<InventoryBalance>();
        await foreach (BalanceEntity entity in _table.QueryAsync<BalanceEntity>(filter, cancellationToken: cancellationToken))
        {
            balances.Add(entity.ToBalance());
        }

        return balances;
    }

    public async Task<InventoryBalance?> GetBalanceAsync(string sku, string nodeId, CancellationToken cancellationToken)
    {
        NullableResponse<BalanceEntity> row = await _table.GetEntityIfExistsAsync<BalanceEntity>(
            sku, InventoryKeys.Balance(nodeId), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToBalance() : null;
    }

    public async Task<MovementResult> ApplyAsync(InventoryMovement movement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(movement);
        try
        {
            return await _conflictRetry.ExecuteAsync(
                async token => await TryApplyAsync(movement, token), cancellationToken);
        }
        catch (LostRace)
        {
            throw new InventoryContentionException(movement.Sku, movement.NodeId);
        }
    }

    public async Task<MovementResult?> ReleaseReservationAsync(
        string sku, string nodeId, string reservationMovementId, string actor, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        string markerKey = InventoryKeys.Movement(nodeId, reservationMovementId);
        while (true)
        {
            NullableResponse<MovementMarkerEntity> marker = await _table.GetEntityIfExistsAsync<MovementMarkerEntity>(
                sku, markerKey, cancellationToken: cancellationToken);
            if (marker.HasValue)
            {
                if (marker.Value!.Sequence == MovementMarkerEntity.Voided)
                {
                    return null;
                }

                LedgerEntity reservation = await _table.GetEntityAsync<LedgerEntity>(
                    sku, InventoryKeys.Ledger(nodeId, marker.Value.Sequence), cancellationToken: cancellationToken);
                var release = new InventoryMovement(
                    ReleaseIdOf(reservationMovementId), MovementType.Release, sku, nodeId, reservation.Quantity, at, actor, reason, reservationMovementId);
                return await ApplyAsync(release, cancellationToken);
            }

            try
            {
                // Claim the reservation's id first: a reservation retried after its compensation then finds it taken.
                await _table.AddEntityAsync(
                    new MovementMarkerEntity { PartitionKey = sku, RowKey = markerKey, Sequence = MovementMarkerEntity.Voided },
                    cancellationToken);
                return null;
            }
            catch (RequestFailedException conflict) when (conflict.Status == 409)
            {
                // The reservation landed between our read and our claim: release it properly.
            }
        }
    }

    public async Task<LedgerPage> GetLedgerAsync(
        string sku, string nodeId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {sku} and RowKey ge {InventoryKeys.LedgerRangeStart(nodeId)} and RowKey lt {InventoryKeys.LedgerRangeEnd(nodeId)}");
        await foreach (Page<LedgerEntity> page in _table
            .QueryAsync<LedgerEntity>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken)
            .AsPages(continuationToken, pageSize))
        {
            return new LedgerPage(page.Values.Select(e => e.ToEntry()).ToList(), page.ContinuationToken);
        }

        return new LedgerPage([], null);
    }

    private async ValueTask<MovementResult> TryApplyAsync(InventoryMovement movement, CancellationToken cancellationToken)
    {
        NullableResponse<BalanceEntity> current = await _table.GetEntityIfExistsAsync<BalanceEntity>(
            movement.Sku, InventoryKeys.Balance(movement.NodeId), cancellationToken: cancellationToken);
        InventoryBalance before = current.HasValue
            ? current.Value!.ToBalance()
            : InventoryBalance.Empty(movement.Sku, movement.NodeId);
        long version = current.HasValue ? current.Value!.Version : 0;

        InventoryBalance after;
        try
        {
            after = BalanceCalculator.Apply(before, movement);
        }
        catch (InventoryRuleViolation)
        {
            // A retry of a movement that already took effect must report that success, even if the stock has
            // since moved so far that applying it afresh would now break a rule.
            MovementResult? applied = await FindAppliedAsync(movement, cancellationToken);
            if (applied is null)
            {
                throw;
            }

            return applied;
        }

        var entry = new LedgerEntry(
            version + 1, movement.MovementId, movement.Type, movement.Quantity, after,
            movement.OccurredAt, _time.GetUtcNow(), movement.Actor, movement.Reason, movement.Reference);
        BalanceEntity balance = BalanceEntity.From(after, entry.Sequence);
        TableTransactionAction[] transaction =
        [
            current.HasValue
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, balance, current.Value!.ETag)
                : new TableTransactionAction(TableTransactionActionType.Add, balance),
            new TableTransactionAction(TableTransactionActionType.Add, LedgerEntity.From(entry)),
            new TableTransactionAction(TableTransactionActionType.Add, new MovementMarkerEntity
            {
                PartitionKey = movement.Sku,
                RowKey = InventoryKeys.Movement(movement.NodeId, movement.MovementId),
                Sequence = entry.Sequence,
            }),
        ];

        try
        {
            await _table.SubmitTransactionAsync(transaction, cancellationToken);
            return new MovementResult(entry, AlreadyApplied: false);
        }
        catch (TableTransactionFailedException failure) when (failure.Status is 409 or 412)
        {
            // Either the movement id is already claimed (a retry) or another writer got there first (a race).
            return await FindAppliedAsync(movement, cancellationToken) ?? throw new LostRace();
        }
    }

    private async Task<MovementResult?> FindAppliedAsync(InventoryMovement movement, CancellationToken cancellationToken)
    {
        NullableResponse<MovementMarkerEntity> marker = await _table.GetEntityIfExistsAsync<MovementMarkerEntity>(
            movement.Sku, InventoryKeys.Movement(movement.NodeId, movement.MovementId), cancellationToken: cancellationToken);
        if (!marker.HasValue)
        {
            return null;
        }

        if (marker.Value!.Sequence == MovementMarkerEntity.Voided)
        {
            throw new MovementVoidedException(movement.MovementId);
        }

        LedgerEntity ledger = await _table.GetEntityAsync<LedgerEntity>(
            movement.Sku, InventoryKeys.Ledger(movement.NodeId, marker.Value.Sequence), cancellationToken: cancellationToken);
        LedgerEntry original = ledger.ToEntry();
        if (original.Type != movement.Type || original.Quantity != movement.Quantity)
        {
            throw new MovementIdReusedException(movement.MovementId, original);
        }

        return new MovementResult(original, AlreadyApplied: true);
    }

    private static string ReleaseIdOf(string reservationMovementId) => "release:" + reservationMovementId;

    /// <summary>Another writer changed the balance between our read and our commit.</summary>
    private sealed class LostRace : Exception;
}
