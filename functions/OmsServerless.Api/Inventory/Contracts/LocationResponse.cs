using OmsServerless.Domain.Geography;

namespace OmsServerless.Api.Inventory.Contracts;

/// <summary>A geocoded postal code.</summary>
public sealed record LocationResponse(string Country, string PostalCode, string City, string Region, double Latitude, double Longitude)
{
    public static LocationResponse From(PostalCodeLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return new(location.Country, location.PostalCode, location.City, location.Region, location.Point.Latitude, location.Point.Longitude);
    }
}
