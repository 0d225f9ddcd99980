using OmsServerless.Domain.Inventory;

namespace OmsServerless.Workflows.Tests.Doubles;

/// <summary>
/// Balances, ledger and movement ids in memory with the same rules as the Table store: the domain's balance rules,
/// each movement id applied once, a release that comes first voids its reservation. <see cref="BeforeApply"/> lets a
/// test slip a competing movement in just before one of the workflow's.
/// </summary>
public sealed class InMemoryInventoryStore : IInventoryStore
{
    private const long Voided = 0;

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Sku, string Node), InventoryBalance> _balances = [];
    private readonly Dictionary<(string Sku, string Node), List<LedgerEntry>> _ledgers = [];
    private readonly Dictionary<(string Sku, string Node, string MovementId), long> _markers = [];

    public Func<InventoryMovement, Task>? BeforeApply { get; set; }

    public void Stock(string sku, string nodeId, int onHand) =>
        ApplyLocked(new InventoryMovement($"stock:{sku}:{nodeId}", MovementType.Receipt, sku, nodeId, onHand, DateTimeOffset.UnixEpoch, "test"));

    public InventoryBalance Balance(string sku, string nodeId)
    {
        lock (_gate)
        {
            return _balances.GetValueOrDefault((sku, nodeId)) ?? InventoryBalance.Empty(sku, nodeId);
        }
    }

    public IReadOnlyList<LedgerEntry> Ledger(string sku, string nodeId)
    {
        lock (_gate)
        {
            return [.. _ledgers.GetValueOrDefault((sku, nodeId)) ?? []];
        }
    }

    public Task<IReadOnlyList<InventoryBalance>> GetBalancesAsync(string sku, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<InventoryBalance> balances = [.. _balances.Where(b => b.Key.Sku == sku).Select(b => b.Value).OrderBy(b => b.NodeId, StringComparer.Ordinal)];
            return Task.FromResult(balances);
        }
    }

    public Task<InventoryBalance?> GetBalanceAsync(string sku, string nodeId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_balances.GetValueOrDefault((sku, nodeId)));
        }
    }

    public async Task<MovementResult> ApplyAsync(InventoryMovement movement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(movement);
        if (BeforeApply is { } competitor)
        {
            await competitor(movement);
        }

        return ApplyLocked(movement);
    }

    public Task<MovementResult?> ReleaseReservationAsync(
        string sku, string nodeId, string reservationMovementId, string actor, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_markers.TryGetValue((sku, nodeId, reservationMovementId), out long sequence))
            {
                _markers[(sku, nodeId, reservationMovementId)] = Voided;
                return Task.FromResult<MovementResult?>(null);
            }

            if (sequence == Voided)
            {
                return Task.FromResult<MovementResult?>(null);
            }

            LedgerEntry reservation = _ledgers[(sku, nodeId)].Single(e => e.Sequence == sequence);
            return Task.FromResult<MovementResult?>(ApplyLocked(new InventoryMovement(
                "release:" + reservationMovementId, MovementType.Release, sku, nodeId, reservation.Quantity, at, actor, reason, reservationMovementId)));
        }
    }

    public Task<LedgerPage> GetLedgerAsync(string sku, string nodeId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        int skip = continuationToken is null ? 0 : int.Parse(continuationToken, System.Globalization.CultureInfo.InvariantCulture);
        LedgerEntry[] newestFirst = [.. Ledger(sku, nodeId).Reverse()];
        LedgerEntry[] page = [.. newestFirst.Skip(skip).Take(pageSize)];
        string? next = skip + page.Length < newestFirst.Length ? (skip + page.Length).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new LedgerPage(page, next));
    }

    private MovementResult ApplyLocked(InventoryMovement movement)
    {
        lock (_gate)
        {
            (string, string) key = (movement.Sku, movement.NodeId);
            if (_markers.TryGetValue((movement.Sku, movement.NodeId, movement.MovementId), out long applied))
            {
                return applied == Voided
                    ? throw new MovementVoidedException(movement.MovementId)
                    : new MovementResult(_ledgers[key].Single(e => e.Sequence == applied), AlreadyApplied: true);
            }

            InventoryBalance before = _balances.GetValueOrDefault(key) ?? InventoryBalance.Empty(movement.Sku, movement.NodeId);
            InventoryBalance after = BalanceCalculator.Apply(before, movement);
            List<LedgerEntry> ledger = _ledgers.TryGetValue(key, out List<LedgerEntry>? existing) ? existing : _ledgers[key] = [];
            var entry = new LedgerEntry(ledger.Count + 1, movement.MovementId, movement.Type, movement.Quantity, after,
                movement.OccurredAt, movement.OccurredAt, movement.Actor, movement.Reason, movement.Reference);
            ledger.Add(entry);
            _balances[key] = after;
            _markers[(movement.Sku, movement.NodeId, movement.MovementId)] = entry.Sequence;
            return new MovementResult(entry, AlreadyApplied: false);
        }
    }
}
