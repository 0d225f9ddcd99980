using Azure.Data.Tables;
using OmsServerless.Domain.Inventory;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage.Inventory;

/// <summary>
/// Loads opening stock fast: all movements of one SKU are replayed in memory with the domain rules and written as
/// balances, ledger entries and movement markers in a few entity group transactions, instead of a read and a write
/// per movement. Only for balances that do not exist yet; when a batch finds rows already there (an interrupted
/// earlier load) it falls back to applying each movement through the store, which skips movement ids already applied.
/// </summary>
public sealed class TableInventorySeeder(OmsTables tables, IInventoryStore store, TimeProvider time)
{
    private const int MaxActionsPerTransaction = 100;

    private readonly TableClient _table = (tables ?? throw new ArgumentNullException(nameof(tables))).Get(OmsTableNames.Inventory);

    /// <param name="movements">Movements of one SKU, in the order they happened, for nodes with no balance yet.</param>
    public async Task SeedSkuAsync(IReadOnlyList<InventoryMovement> movements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(movements);
        if (movements.Count == 0)
        {
            return;
        }

        string sku = movements[0].Sku;
        if (movements.Any(m => !string.Equals(m.Sku, sku, StringComparison.Ordinal)))
        {
            throw new ArgumentException("All movements of one seed call must be for the same SKU.", nameof(movements));
        }

        DateTimeOffset recordedAt = time.GetUtcNow();
        foreach (List<TableTransactionAction> nodeGroup in ChunkByNode(movements, recordedAt))
        {
            try
            {
                await _table.SubmitTransactionAsync(nodeGroup, cancellationToken);
            }
            catch (TableTransactionFailedException failure) when (failure.Status == 409)
            {
                await ApplyOneByOneAsync(movements, nodeGroup, cancellationToken);
            }
        }
    }

    private static List<List<TableTransactionAction>> ChunkByNode(IReadOnlyList<InventoryMovement> movements, DateTimeOffset recordedAt)
    {
        var chunks = new List<List<TableTransactionAction>> { new() };
        foreach (IGrouping<string, InventoryMovement> node in movements.GroupBy(m => m.NodeId, StringComparer.Ordinal))
        {
            List<TableTransactionAction> actions = NodeActions(node.Key, node.ToList(), recordedAt);
            if (actions.Count > MaxActionsPerTransaction)
            {
                throw new ArgumentException($"Too many opening movements for node {node.Key}.", nameof(movements));
            }

            if (chunks[^1].Count + actions.Count > MaxActionsPerTransaction)
            {
                chunks.Add([]);
            }

            chunks[^1].AddRange(actions);
        }

        return chunks;
    }

    private static List<TableTransactionAction> NodeActions(string nodeId, List<InventoryMovement> movements, DateTimeOffset recordedAt)
    {
        var actions = new List<TableTransactionAction>();
        InventoryBalance balance = InventoryBalance.Empty(movements[0].Sku, nodeId);
        long sequence = 0;
        foreach (InventoryMovement movement in movements)
        {
            balance = BalanceCalculator.Apply(balance, movement);
            sequence++;
            var entry = new LedgerEntry(
                sequence, movement.MovementId, movement.Type, movement.Quantity, balance,
                movement.OccurredAt, recordedAt, movement.Actor, movement.Reason, movement.Reference);
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, LedgerEntity.From(entry)));
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, new MovementMarkerEntity
            {
                PartitionKey = movement.Sku,
                RowKey = InventoryKeys.Movement(nodeId, movement.MovementId),
                Sequence = sequence,
            }));
        }

        actions.Add(new TableTransactionAction(TableTransactionActionType.Add, BalanceEntity.From(balance, sequence)));
        return actions;
    }

    private async Task ApplyOneByOneAsync(
        IReadOnlyList<InventoryMovement> movements, List<TableTransactionAction> failedGroup, CancellationToken cancellationToken)
    {
        var nodesInGroup = failedGroup
            .Select(a => a.Entity)
            .OfType<BalanceEntity>()
            .Select(b => InventoryKeys.NodeOfBalance(b.RowKey))
            .ToHashSet(StringComparer.Ordinal);
        foreach (InventoryMovement movement in movements.Where(m => nodesInGroup.Contains(m.NodeId)))
        {
            await store.ApplyAsync(movement, cancellationToken);
        }
    }
}
