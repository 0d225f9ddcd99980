using OmsServerless.Domain.Geography;
using OmsServerless.Storage.Geography;

namespace OmsServerless.Storage.Tests.Geography;

public sealed class EmbeddedPostalCodeDirectoryTests
{
    private readonly EmbeddedPostalCodeDirectory _directory = EmbeddedPostalCodeDirectory.Instance;

    [Fact]
    public void Every_us_zip_code_of_the_source_package_is_present()
    {
        Assert.True(_directory.Count > 44_000, $"only {_directory.Count} codes loaded");
        Assert.Equal(["CA", "US"], _directory.Countries);
    }

    [Theory]
    [InlineData("10001", "New York", "NY", 40.75, -74.00)]
    [InlineData("99501", "Anchorage", "AK", 61.21, -149.88)]
    [InlineData("96813", "Honolulu", "HI", 21.32, -157.85)]
    [InlineData("00601", "Adjuntas", "PR", 18.16, -66.72)]
    [InlineData("94105-1804", "San Francisco", "CA", 37.79, -122.40)]
    [InlineData("606011234", "Chicago", "IL", 41.89, -87.62)]
    public void Us_zip_codes_geocode_to_their_place(string zip, string city, string state, double latitude, double longitude)
    {
        Assert.True(_directory.TryLocate("us", zip, out PostalCodeLocation location));

        Assert.Equal(city, location.City);
        Assert.Equal(state, location.Region);
        Assert.Equal(latitude, location.Point.Latitude, 0.1);
        Assert.Equal(longitude, location.Point.Longitude, 0.1);
    }

    [Fact]
    public void Canadian_postal_codes_geocode_by_forward_sortation_area()
    {
        Assert.True(_directory.TryLocate("CA", "m5v 3l9", out PostalCodeLocation toronto));
        Assert.Equal("ON", toronto.Region);
        Assert.Equal(43.6, toronto.Point.Latitude, 0.2);
    }

    [Theory]
    [InlineData("US", "00000")]
    [InlineData("US", "1234")]
    [InlineData("US", "ABCDE")]
    [InlineData("US", "")]
    [InlineData("CA", "123 456")]
    [InlineData("GB", "SW1A 1AA")]
    public void Unknown_or_malformed_codes_are_not_located(string country, string code)
    {
        Assert.False(_directory.TryLocate(country, code, out _));
    }

    [Fact]
    public void Distances_between_real_zip_codes_match_the_map()
    {
        _directory.TryLocate("US", "10001", out PostalCodeLocation newYork);
        _directory.TryLocate("US", "90012", out PostalCodeLocation losAngeles);

        Assert.InRange(newYork.Point.DistanceKmTo(losAngeles.Point), 3900, 3970);
    }
}
