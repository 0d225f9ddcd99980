using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OmsServerless.Domain.Catalog;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage.Catalog;

/// <summary>Products from Table Storage with a per-SKU memory cache, so hot SKUs cost no storage call.</summary>
public sealed class TableProductCatalog : IProductCatalog
{
    private readonly TableClient _table;
    private readonly IMemoryCache _cache;
    private readonly TimeSpan _cacheDuration;

    public TableProductCatalog(OmsTables tables, IMemoryCache cache, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        _table = tables.Get(OmsTableNames.Products);
        _cache = cache;
        _cacheDuration = options.Value.ProductCacheDuration;
    }

    public async Task<Product?> FindAsync(string sku, CancellationToken cancellationToken)
    {
        string cacheKey = "product:" + sku;
        if (_cache.TryGetValue(cacheKey, out Product? cached))
        {
            return cached;
        }

        NullableResponse<ProductEntity> row = await _table.GetEntityIfExistsAsync<ProductEntity>(
            sku, string.Empty, cancellationToken: cancellationToken);
        Product? product = row.HasValue ? row.Value!.ToProduct() : null;

        // Unknown SKUs are cached briefly too, so a client hammering a bad SKU does not hammer storage.
        _cache.Set(cacheKey, product, product is null ? TimeSpan.FromSeconds(5) : _cacheDuration);
        return product;
    }

    public async Task UpsertAsync(IEnumerable<Product> products, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(products);

        // One partition per SKU rules out batching; parallel point writes are the fast path.
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(products, parallelism, async (product, token) =>
        {
            await _table.UpsertEntityAsync(ProductEntity.From(product), TableUpdateMode.Replace, token);
            _cache.Remove("product:" + product.Sku);
        });
    }
}
