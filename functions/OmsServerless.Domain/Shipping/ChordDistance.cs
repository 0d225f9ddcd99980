using OmsServerless.Domain.Geography;

namespace OmsServerless.Domain.Shipping;

/// <summary>
/// Great-circle distance expressed as the squared chord between unit vectors. The chord grows monotonically with the
/// arc, so thresholds (zones, maximum distance) can be compared with three multiplications instead of trigonometry;
/// only distances that are reported need the conversion back to kilometres.
/// </summary>
internal static class ChordDistance
{
    // The same mean Earth radius GeoPoint uses, so both agree on every distance.
    private const double EarthRadiusKm = 6371.0088;

    public static (double X, double Y, double Z) UnitVector(GeoPoint point)
    {
        double lat = point.Latitude * Math.PI / 180;
        double lon = point.Longitude * Math.PI / 180;
        double cosLat = Math.Cos(lat);
        return (cosLat * Math.Cos(lon), cosLat * Math.Sin(lon), Math.Sin(lat));
    }

    public static double ChordSquared(double x1, double y1, double z1, double x2, double y2, double z2)
    {
        double dx = x1 - x2;
        double dy = y1 - y2;
        double dz = z1 - z2;
        return (dx * dx) + (dy * dy) + (dz * dz);
    }

    public static double ChordSquaredForKm(double km)
    {
        if (km >= Math.PI * EarthRadiusKm)
        {
            return 4.0;
        }

        double halfChord = Math.Sin(km / (2 * EarthRadiusKm));
        return 4 * halfChord * halfChord;
    }

    public static double KmFromChordSquared(double chordSquared) =>
        2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(chordSquared) / 2));
}
