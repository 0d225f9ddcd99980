using System.Globalization;
using Azure;
using Azure.Data.Tables;
using OmsServerless.Domain.Catalog;

namespace OmsServerless.Storage.Catalog;

/// <summary>A product row, partitioned by SKU so a lookup is a point read.</summary>
internal sealed class ProductEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;

    public string UnitPrice { get; set; } = string.Empty;

    public double WeightKg { get; set; }

    public bool Oversize { get; set; }

    public bool Hazmat { get; set; }

    public static ProductEntity From(Product product) => new()
    {
        PartitionKey = product.Sku,
        Name = product.Name,
        Category = product.Category,
        UnitPrice = product.UnitPrice.ToString(CultureInfo.InvariantCulture),
        WeightKg = product.WeightKg,
        Oversize = product.Oversize,
        Hazmat = product.Hazmat,
    };

    public Product ToProduct() => new(
        PartitionKey, Name, Category, decimal.Parse(UnitPrice, CultureInfo.InvariantCulture), WeightKg, Oversize, Hazmat);
}
