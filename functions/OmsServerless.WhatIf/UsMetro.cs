using OmsServerless.Domain.Geography;

namespace OmsServerless.WhatIf;

/// <summary>A US metropolitan area: where synthetic nodes and customers cluster.</summary>
/// <param name="PopulationMillions">Relative weight when placing stores and customers.</param>
public sealed record UsMetro(string Name, string State, string Region, GeoPoint Center, double PopulationMillions, string TimeZoneId)
{
    /// <summary>Forty large metros (city-centre coordinates, approximate metro populations).</summary>
    public static IReadOnlyList<UsMetro> All { get; } =
    [
        new("New York", "NY", "Northeast", new(40.7128, -74.0060), 19.5, "America/New_York"),
        new("Los Angeles", "CA", "West", new(34.0522, -118.2437), 12.8, "America/Los_Angeles"),
        new("Chicago", "IL", "Midwest", new(41.8781, -87.6298), 9.3, "America/Chicago"),
        new("Dallas", "TX", "South", new(32.7767, -96.7970), 7.9, "America/Chicago"),
        new("Houston", "TX", "South", new(29.7604, -95.3698), 7.3, "America/Chicago"),
        new("Washington", "DC", "Northeast", new(38.9072, -77.0369), 6.3, "America/New_York"),
        new("Philadelphia", "PA", "Northeast", new(39.9526, -75.1652), 6.2, "America/New_York"),
        new("Miami", "FL", "South", new(25.7617, -80.1918), 6.1, "America/New_York"),
        new("Atlanta", "GA", "South", new(33.7490, -84.3880), 6.2, "America/New_York"),
        new("Boston", "MA", "Northeast", new(42.3601, -71.0589), 4.9, "America/New_York"),
        new("Phoenix", "AZ", "West", new(33.4484, -112.0740), 5.0, "America/Phoenix"),
        new("San Francisco", "CA", "West", new(37.7749, -122.4194), 4.6, "America/Los_Angeles"),
        new("Riverside", "CA", "West", new(33.9806, -117.3755), 4.6, "America/Los_Angeles"),
        new("Detroit", "MI", "Midwest", new(42.3314, -83.0458), 4.3, "America/Detroit"),
        new("Seattle", "WA", "West", new(47.6062, -122.3321), 4.0, "America/Los_Angeles"),
        new("Minneapolis", "MN", "Midwest", new(44.9778, -93.2650), 3.7, "America/Chicago"),
        new("San Diego", "CA", "West", new(32.7157, -117.1611), 3.3, "America/Los_Angeles"),
        new("Tampa", "FL", "South", new(27.9506, -82.4572), 3.3, "America/New_York"),
        new("Denver", "CO", "West", new(39.7392, -104.9903), 3.0, "America/Denver"),
        new("Baltimore", "MD", "Northeast", new(39.2904, -76.6122), 2.8, "America/New_York"),
        new("St. Louis", "MO", "Midwest", new(38.6270, -90.1994), 2.8, "America/Chicago"),
        new("Orlando", "FL", "South", new(28.5383, -81.3792), 2.7, "America/New_York"),
        new("Charlotte", "NC", "South", new(35.2271, -80.8431), 2.7, "America/New_York"),
        new("San Antonio", "TX", "South", new(29.4241, -98.4936), 2.6, "America/Chicago"),
        new("Portland", "OR", "West", new(45.5152, -122.6784), 2.5, "America/Los_Angeles"),
        new("Sacramento", "CA", "West", new(38.5816, -121.4944), 2.4, "America/Los_Angeles"),
        new("Pittsburgh", "PA", "Northeast", new(40.4406, -79.9959), 2.4, "America/New_York"),
        new("Austin", "TX", "South", new(30.2672, -97.7431), 2.4, "America/Chicago"),
        new("Las Vegas", "NV", "West", new(36.1699, -115.1398), 2.3, "America/Los_Angeles"),
        new("Cincinnati", "OH", "Midwest", new(39.1031, -84.5120), 2.3, "America/New_York"),
        new("Kansas City", "MO", "Midwest", new(39.0997, -94.5786), 2.2, "America/Chicago"),
        new("Columbus", "OH", "Midwest", new(39.9612, -82.9988), 2.1, "America/New_York"),
        new("Indianapolis", "IN", "Midwest", new(39.7684, -86.1581), 2.1, "America/Indiana/Indianapolis"),
        new("Cleveland", "OH", "Midwest", new(41.4993, -81.6944), 2.1, "America/New_York"),
        new("Nashville", "TN", "South", new(36.1627, -86.7816), 2.0, "America/Chicago"),
        new("Salt Lake City", "UT", "West", new(40.7608, -111.8910), 1.3, "America/Denver"),
        new("Raleigh", "NC", "South", new(35.7796, -78.6382), 1.5, "America/New_York"),
        new("Memphis", "TN", "South", new(35.1495, -90.0490), 1.3, "America/Chicago"),
        new("New Orleans", "LA", "South", new(29.9511, -90.0715), 1.3, "America/Chicago"),
        new("Albuquerque", "NM", "West", new(35.0844, -106.6504), 0.9, "America/Denver"),
    ];
}
