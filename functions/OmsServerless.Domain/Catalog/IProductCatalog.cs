namespace OmsServerless.Domain.Catalog;

/// <summary>The retailer's sellable SKUs.</summary>
public interface IProductCatalog
{
    Task<Product?> FindAsync(string sku, CancellationToken cancellationToken);
}
