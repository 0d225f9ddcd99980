using OmsServerless.Domain.Catalog;

namespace OmsServerless.Workflows.Tests.Doubles;

public sealed class FixedProductCatalog(IEnumerable<Product> products) : IProductCatalog
{
    private readonly Dictionary<string, Product> _products = products.ToDictionary(p => p.Sku, StringComparer.Ordinal);

    public Task<Product?> FindAsync(string sku, CancellationToken cancellationToken) => Task.FromResult(_products.GetValueOrDefault(sku));
}
