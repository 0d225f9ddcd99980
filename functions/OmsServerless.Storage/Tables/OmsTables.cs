using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace OmsServerless.Storage.Tables;

/// <summary>Hands out <see cref="TableClient"/>s for OmsServerless's tables and creates them.</summary>
public sealed class OmsTables
{
    private readonly TableServiceClient _service;
    private readonly string _prefix;

    public OmsTables(TableServiceClient service, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _service = service;
        _prefix = options.Value.TablePrefix;
    }

    public TableClient Get(string table) => _service.GetTableClient(_prefix + table);

    public async Task CreateAllAsync(CancellationToken cancellationToken)
    {
        foreach (string table in OmsTableNames.All)
        {
            await Get(table).CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
