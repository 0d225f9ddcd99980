using Azure;
using Azure.Data.Tables;

namespace OmsServerless.Storage.Tables;

/// <summary>Small facts about the deployment (for example which demo data set is loaded), as key/value rows.</summary>
public sealed class TableMetadataStore(OmsTables tables)
{
    private const string Partition = "meta";

    private readonly TableClient _table = (tables ?? throw new ArgumentNullException(nameof(tables))).Get(OmsTableNames.Metadata);

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, key, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.GetString("Value") : null;
    }

    public Task SetAsync(string key, string value, CancellationToken cancellationToken) =>
        _table.UpsertEntityAsync(new TableEntity(Partition, key) { ["Value"] = value }, TableUpdateMode.Replace, cancellationToken);
}
