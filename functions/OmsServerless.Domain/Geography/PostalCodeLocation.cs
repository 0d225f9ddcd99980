namespace OmsServerless.Domain.Geography;

/// <summary>Where a postal code is: its centroid and the place it names.</summary>
public sealed record PostalCodeLocation(string Country, string PostalCode, string City, string Region, GeoPoint Point);
