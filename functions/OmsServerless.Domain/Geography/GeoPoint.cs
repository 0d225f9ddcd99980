using System.Text.Json.Serialization;

namespace OmsServerless.Domain.Geography;

/// <summary>A WGS84 coordinate. Distances are great-circle (haversine) kilometres.</summary>
[JsonConverter(typeof(GeoPointJsonConverter))]
public readonly record struct GeoPoint
{
    private const double EarthRadiusKm = 6371.0088;

    public GeoPoint(double latitude, double longitude)
    {
        if (double.IsNaN(latitude) || latitude is < -90 or > 90)
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must be between -90 and 90.");
        }

        if (double.IsNaN(longitude) || longitude is < -180 or > 180)
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must be between -180 and 180.");
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }

    public double Longitude { get; }

    public double DistanceKmTo(GeoPoint other)
    {
        double lat1 = DegreesToRadians(Latitude);
        double lat2 = DegreesToRadians(other.Latitude);
        double deltaLat = lat2 - lat1;
        double deltaLon = DegreesToRadians(other.Longitude - Longitude);
        double sinLat = Math.Sin(deltaLat / 2);
        double sinLon = Math.Sin(deltaLon / 2);
        double a = (sinLat * sinLat) + (Math.Cos(lat1) * Math.Cos(lat2) * sinLon * sinLon);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double DegreesToRadians(double degrees) => degrees * Math.PI / 180;
}
