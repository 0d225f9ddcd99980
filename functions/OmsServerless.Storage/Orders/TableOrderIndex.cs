using Azure;
using Azure.Data.Tables;
using OmsServerless.Domain.Orders;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage.Orders;

/// <summary>
/// The order list views on Azure Tables (layout in <see cref="OrderIndexKeys"/>). Recording is version-aware without
/// cross-partition transactions:
/// <list type="number">
/// <item>The per-order pointer advances to the snapshot's version, together with the customer list row, in one
/// transaction under the pointer's ETag; a pointer already at a newer version ends the call, one at the same version
/// re-drives the steps below (a retry after a crash).</item>
/// <item>The day and status rows are written only over an older version of themselves (read, then replace under the
/// ETag), so a late writer never regresses them.</item>
/// <item>The status rows the order left get a removal marker at this version rather than a delete, so a late write of
/// an older version finds the newer marker and gives up. Until the markers are written they stay listed in the
/// pointer, so the next writer of this order finishes the job if this one stops half-way.</item>
/// </list>
/// </summary>
public sealed class TableOrderIndex : IOrderIndex
{
    private const int MaxPageSize = 1000;

    private readonly TableClient _table;

    public TableOrderIndex(OmsTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.Get(OmsTableNames.OrderIndex);
    }

    public async Task RecordAsync(OrderSnapshot order, DateTimeOffset updatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var statusRow = new IndexedStatusRow(
            OrderIndexKeys.StatusPartition(order.Status), OrderIndexKeys.StatusRow(order.CreatedAt, order.OrderId));
        Advanced? advanced = await AdvancePointerAsync(order, updatedAt, statusRow, cancellationToken);
        if (advanced is null)
        {
            return;
        }

        // The day row exists unless this call created the pointer; a status row exists only when the order was in that
        // status before. Rows expected to be absent are inserted without a read, the rest compared by version first.
        await Task.WhenAll(
        [
            WriteIfNewerAsync(OrderSummaryEntity.From(
                order,
                updatedAt,
                OrderIndexKeys.DayPartition(DateOnly.FromDateTime(order.CreatedAt.UtcDateTime)),
                OrderIndexKeys.DayRow(order.CreatedAt, order.OrderId)), likelyAbsent: advanced.CreatedPointer, cancellationToken),
            WriteIfNewerAsync(OrderSummaryEntity.From(order, updatedAt, statusRow.Partition, statusRow.RowKey), likelyAbsent: true, cancellationToken),
            .. advanced.PendingRemovals.Select(row => WriteIfNewerAsync(OrderSummaryEntity.Tombstone(row, order.Version), likelyAbsent: false, cancellationToken)),
        ]);

        if (advanced.PendingRemovals.Count > 0)
        {
            await ClearPendingRemovalsAsync(advanced.Pointer, cancellationToken);
        }
    }

    public Task<OrderSummaryPage> ListByCustomerAsync(string customerId, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(customerId);
        return ReadPageAsync(
            TableClient.CreateQueryFilter(
                $"PartitionKey eq {OrderIndexKeys.CustomerPartition(customerId)} and RowKey ge {OrderIndexKeys.CustomerRowsStart} and RowKey lt {OrderIndexKeys.CustomerRowsEnd}"),
            pageSize,
            continuationToken,
            cancellationToken);
    }

    public Task<OrderSummaryPage> ListByStatusAsync(OrderStatus status, int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        ReadPageAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {OrderIndexKeys.StatusPartition(status)} and Removed eq false"),
            pageSize,
            continuationToken,
            cancellationToken);

    public Task<OrderSummaryPage> ListByDayAsync(DateOnly day, int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        ReadPageAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {OrderIndexKeys.DayPartition(day)}"),
            pageSize,
            continuationToken,
            cancellationToken);

    private async Task<Advanced?> AdvancePointerAsync(
        OrderSnapshot order, DateTimeOffset updatedAt, IndexedStatusRow statusRow, CancellationToken cancellationToken)
    {
        string partition = OrderIndexKeys.CustomerPartition(order.CustomerId);
        string pointerKey = OrderIndexKeys.Pointer(order.OrderId);

        // A new order's first version has no pointer yet, so its first round skips the read; a pointer that is there
        // after all makes the insert fail, and the next round reads it.
        bool mayExist = order.Version > 1;

        // Each round that does not return lost the pointer to a concurrent writer of this order; versions only grow.
        while (true)
        {
            OrderIndexPointerEntity? current = null;
            if (mayExist)
            {
                NullableResponse<OrderIndexPointerEntity> stored = await _table.GetEntityIfExistsAsync<OrderIndexPointerEntity>(
                    partition, pointerKey, cancellationToken: cancellationToken);
                current = stored.HasValue ? stored.Value : null;
            }

            mayExist = true;
            if (current is not null && current.Version > order.Version)
            {
                return null;
            }

            if (current is not null && current.Version == order.Version)
            {
                return new Advanced(current, current.Pending, CreatedPointer: false);
            }

            List<IndexedStatusRow> pending = [.. current?.Pending ?? []];
            if (current is not null && !pending.Contains(current.StatusRow))
            {
                pending.Add(current.StatusRow);
            }

            pending.Remove(statusRow);
            var pointer = new OrderIndexPointerEntity
            {
                PartitionKey = partition,
                RowKey = pointerKey,
                OrderId = order.OrderId,
                Version = order.Version,
                StatusPartition = statusRow.Partition,
                StatusRowKey = statusRow.RowKey,
                Pending = pending,
            };
            TableTransactionAction[] transaction =
            [
                current is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, pointer)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, pointer, current.ETag),
                new TableTransactionAction(
                    TableTransactionActionType.UpsertReplace,
                    OrderSummaryEntity.From(order, updatedAt, partition, OrderIndexKeys.CustomerRow(order.CreatedAt, order.OrderId))),
            ];
            try
            {
                Response<IReadOnlyList<Response>> written = await _table.SubmitTransactionAsync(transaction, cancellationToken);
                pointer.ETag = written.Value[0].Headers.ETag ?? throw new InvalidOperationException("The table service returned no ETag for the pointer.");
                return new Advanced(pointer, pending, CreatedPointer: current is null);
            }
            catch (TableTransactionFailedException failure) when (failure.Status is 409 or 412)
            {
                // Another writer of this order moved the pointer first; look again.
            }
        }
    }

    private async Task WriteIfNewerAsync(OrderSummaryEntity row, bool likelyAbsent, CancellationToken cancellationToken)
    {
        if (likelyAbsent && await TryAddAsync(row, cancellationToken))
        {
            return;
        }

        // Each round that does not return lost the row to a concurrent writer; the next round compares with its version.
        while (true)
        {
            NullableResponse<OrderSummaryEntity> stored = await _table.GetEntityIfExistsAsync<OrderSummaryEntity>(
                row.PartitionKey, row.RowKey, [nameof(OrderSummaryEntity.Version)], cancellationToken);
            if (stored.HasValue && stored.Value!.Version >= row.Version)
            {
                return;
            }

            try
            {
                if (stored.HasValue)
                {
                    await _table.UpdateEntityAsync(row, stored.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await _table.AddEntityAsync(row, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException failure) when (failure.Status is 409 or 412)
            {
                // Written by someone else since we looked; look again.
            }
        }
    }

    private async Task<bool> TryAddAsync(OrderSummaryEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await _table.AddEntityAsync(row, cancellationToken);
            return true;
        }
        catch (RequestFailedException failure) when (failure.Status == 409)
        {
            return false;
        }
    }

    private async Task ClearPendingRemovalsAsync(OrderIndexPointerEntity pointer, CancellationToken cancellationToken)
    {
        pointer.Pending = [];
        try
        {
            await _table.UpdateEntityAsync(pointer, pointer.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException failure) when (failure.Status == 412)
        {
            // A newer version took over the pointer, and with it the list, which it clears once its own markers exist.
        }
    }

    /// <summary>
    /// Up to <paramref name="pageSize"/> rows. The service may answer a filtered query with short or even empty pages
    /// (removal markers are skipped server-side), so this keeps reading until the page is full or the list ends; the
    /// token then points right after the last row returned.
    /// </summary>
    private async Task<OrderSummaryPage> ReadPageAsync(string filter, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var summaries = new List<OrderSummary>(pageSize);
        string? token = continuationToken;
        do
        {
            int wanted = pageSize - summaries.Count;
            Page<OrderSummaryEntity>? page = null;
            await foreach (Page<OrderSummaryEntity> first in _table
                .QueryAsync<OrderSummaryEntity>(filter, maxPerPage: wanted, cancellationToken: cancellationToken)
                .AsPages(token, wanted))
            {
                page = first;
                break;
            }

            summaries.AddRange(page?.Values.Select(row => row.ToSummary()) ?? []);
            token = page?.ContinuationToken;
        }
        while (token is not null && summaries.Count < pageSize);

        return new OrderSummaryPage(summaries, token);
    }

    /// <summary>The pointer this writer holds (with its ETag), the status rows still to be marked removed, and whether this writer created the pointer.</summary>
    private sealed record Advanced(OrderIndexPointerEntity Pointer, IReadOnlyList<IndexedStatusRow> PendingRemovals, bool CreatedPointer);
}
