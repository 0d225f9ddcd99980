using Azure;
using Azure.Data.Tables;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage.Payments;

/// <summary>
/// The sandbox gateway's records on Azure Tables: collection = PartitionKey, key = RowKey (escaped with
/// <see cref="TableKey"/>), version = the row's ETag, payload = the <c>Payload</c> column. Conditional writes are the
/// service's own If-Match / insert, so parallel gateway calls race exactly as they would against production storage.
/// </summary>
public sealed class TableSandboxPaymentStore : ISandboxPaymentStore
{
    private const string PayloadColumn = "Payload";

    private readonly TableClient _table;

    public TableSandboxPaymentStore(OmsTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.Get(OmsTableNames.SandboxPayments);
    }

    public async Task<SandboxRecord?> GetAsync(string collection, string key, CancellationToken cancellationToken = default)
    {
        NullableResponse<TableEntity> row = await _table.GetEntityIfExistsAsync<TableEntity>(
            TableKey.Escape(collection), TableKey.Escape(key), cancellationToken: cancellationToken);
        return row.HasValue ? ToRecord(row.Value!) : null;
    }

    public async Task<string?> TryPutAsync(
        string collection, string key, string payloadJson, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        if (expectedVersion is not null && !IsTableETag(expectedVersion))
        {
            // Not a version this store handed out, so no record can have it; the service would refuse it as malformed.
            return null;
        }

        var entity = new TableEntity(TableKey.Escape(collection), TableKey.Escape(key)) { [PayloadColumn] = payloadJson };
        try
        {
            Response response = expectedVersion is null
                ? await _table.AddEntityAsync(entity, cancellationToken)
                : await _table.UpdateEntityAsync(entity, new ETag(expectedVersion), TableUpdateMode.Replace, cancellationToken);
            return response.Headers.ETag?.ToString();
        }
        catch (RequestFailedException failure) when (failure.Status is 404 or 409 or 412)
        {
            // 409: the record exists (insert-only); 412: another write changed it; 404: nothing to replace.
            return null;
        }
    }

    public async Task<IReadOnlyList<SandboxRecord>> ListAsync(string collection, string keyPrefix, CancellationToken cancellationToken = default)
    {
        string partition = TableKey.Escape(collection);
        string start = TableKey.Escape(keyPrefix);
        string filter = TableKey.PrefixEnd(start) is { } end
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {start} and RowKey lt {end}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        var records = new List<SandboxRecord>();
        await foreach (TableEntity entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            records.Add(ToRecord(entity));
        }

        // Escaping keeps prefixes but not the order between an escaped character and its neighbours.
        records.Sort((left, right) => string.CompareOrdinal(left.Key, right.Key));
        return records;
    }

    private static bool IsTableETag(string version) =>
        version.StartsWith("W/\"", StringComparison.Ordinal) && version.EndsWith('"') && version.Length > 4;

    private static SandboxRecord ToRecord(TableEntity entity) => new(
        TableKey.Unescape(entity.PartitionKey),
        TableKey.Unescape(entity.RowKey),
        entity.GetString(PayloadColumn),
        entity.ETag.ToString());
}
