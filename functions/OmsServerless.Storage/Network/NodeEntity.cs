using System.Globalization;
using Azure;
using Azure.Data.Tables;
using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Network;

namespace OmsServerless.Storage.Network;

/// <summary>A fulfillment node as a row; all nodes share one partition because the network is read whole.</summary>
internal sealed class NodeEntity : ITableEntity
{
    public const string Partition = "node";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string AddressLine1 { get; set; } = string.Empty;

    public string City { get; set; } = string.Empty;

    public string AddressRegion { get; set; } = string.Empty;

    public string PostalCode { get; set; } = string.Empty;

    public string Country { get; set; } = string.Empty;

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public string Region { get; set; } = string.Empty;

    public string Capabilities { get; set; } = string.Empty;

    public int DailyCapacity { get; set; }

    public string ShippingCutoff { get; set; } = string.Empty;

    public string TimeZoneId { get; set; } = string.Empty;

    public string LaborCostPerUnit { get; set; } = string.Empty;

    public int Priority { get; set; }

    public static NodeEntity From(FulfillmentNode node) => new()
    {
        RowKey = node.NodeId,
        Name = node.Name,
        Type = node.Type.ToString(),
        AddressLine1 = node.Address.Line1,
        City = node.Address.City,
        AddressRegion = node.Address.Region,
        PostalCode = node.Address.PostalCode,
        Country = node.Address.Country,
        Latitude = node.Location.Latitude,
        Longitude = node.Location.Longitude,
        Region = node.Region,
        Capabilities = node.Capabilities.ToString(),
        DailyCapacity = node.DailyCapacity,
        ShippingCutoff = node.ShippingCutoff.ToString("HH:mm", CultureInfo.InvariantCulture),
        TimeZoneId = node.TimeZoneId,
        LaborCostPerUnit = node.LaborCostPerUnit.ToString(CultureInfo.InvariantCulture),
        Priority = node.Priority,
    };

    public FulfillmentNode ToNode() => new(
        RowKey,
        Name,
        Enum.Parse<NodeType>(Type),
        new NodeAddress(AddressLine1, City, AddressRegion, PostalCode, Country),
        new GeoPoint(Latitude, Longitude),
        Region,
        Enum.Parse<NodeCapabilities>(Capabilities),
        DailyCapacity,
        TimeOnly.ParseExact(ShippingCutoff, "HH:mm", CultureInfo.InvariantCulture),
        TimeZoneId,
        decimal.Parse(LaborCostPerUnit, CultureInfo.InvariantCulture),
        Priority);
}
