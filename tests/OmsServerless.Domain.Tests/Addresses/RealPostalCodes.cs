using OmsServerless.Domain.Geography;

namespace OmsServerless.Domain.Tests.Addresses;

/// <summary>Real postal codes with their approximate centroids, and directories built from them.</summary>
public static class RealPostalCodes
{
    public static readonly PostalCodeLocation NewYorkPennStation = Us("10001", "NEW YORK", "NY", 40.7506, -73.9971);
    public static readonly PostalCodeLocation NewYorkEmpireState = Us("10118", "NEW YORK", "NY", 40.7486, -73.9864);
    public static readonly PostalCodeLocation BeverlyHills = Us("90210", "BEVERLY HILLS", "CA", 34.1030, -118.4105);
    public static readonly PostalCodeLocation SanFranciscoSoma = Us("94105", "SAN FRANCISCO", "CA", 37.7898, -122.3942);
    public static readonly PostalCodeLocation ChicagoLoop = Us("60601", "CHICAGO", "IL", 41.8857, -87.6181);
    public static readonly PostalCodeLocation SeattleDowntown = Us("98101", "SEATTLE", "WA", 47.6114, -122.3305);
    public static readonly PostalCodeLocation BostonBeaconHill = Us("02108", "BOSTON", "MA", 42.3576, -71.0684);
    public static readonly PostalCodeLocation WashingtonWhiteHouse = Us("20500", "WASHINGTON", "DC", 38.8977, -77.0365);
    public static readonly PostalCodeLocation SanJuanOldTown = Us("00901", "SAN JUAN", "PR", 18.4655, -66.1057);
    public static readonly PostalCodeLocation MiamiDoral = Us("33166", "MIAMI", "FL", 25.8217, -80.2983);
    public static readonly PostalCodeLocation AustinDowntown = Us("78701", "AUSTIN", "TX", 30.2713, -97.7426);
    public static readonly PostalCodeLocation TorontoCnTower = new("CA", "M5V 2T6", "TORONTO", "ON", new GeoPoint(43.6426, -79.3871));

    public static IEnumerable<PostalCodeLocation> UnitedStates =>
    [
        NewYorkPennStation, NewYorkEmpireState, BeverlyHills, SanFranciscoSoma, ChicagoLoop, SeattleDowntown,
        BostonBeaconHill, WashingtonWhiteHouse, SanJuanOldTown, MiamiDoral, AustinDowntown,
    ];

    /// <summary>A directory of the US codes above only, like the production one that covers US ZIP codes.</summary>
    public static InMemoryPostalCodeDirectory UsDirectory() => new(UnitedStates);

    public static InMemoryPostalCodeDirectory UsAndCanadaDirectory() => new(UnitedStates.Append(TorontoCnTower));

    private static PostalCodeLocation Us(string zip, string city, string state, double latitude, double longitude) =>
        new("US", zip, city, state, new GeoPoint(latitude, longitude));
}
