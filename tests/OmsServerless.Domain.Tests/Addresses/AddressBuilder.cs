using OmsServerless.Domain.Addresses;

namespace OmsServerless.Domain.Tests.Addresses;

/// <summary>Builds addresses for tests; starts from a valid US address near Penn Station.</summary>
public sealed class AddressBuilder
{
    private string line1 = "400 W 33rd St";
    private string? line2;
    private string city = "New York";
    private string? region = "NY";
    private string? postalCode = "10001";
    private string country = "US";
    private string? recipient;

    public static AddressBuilder NewYork() => new();

    public static AddressBuilder BeverlyHills() =>
        new AddressBuilder().WithLine1("9641 Sunset Blvd").WithCity("Beverly Hills").WithRegion("CA").WithPostalCode("90210");

    public static AddressBuilder Seattle() =>
        new AddressBuilder().WithLine1("1301 2nd Ave").WithCity("Seattle").WithRegion("WA").WithPostalCode("98101");

    public static AddressBuilder Toronto() =>
        new AddressBuilder().WithLine1("290 Bremner Blvd").WithCity("Toronto").WithRegion("ON").WithPostalCode("M5V 2T6").WithCountry("CA");

    public static AddressBuilder London() =>
        new AddressBuilder().WithLine1("10 Downing Street").WithCity("London").WithRegion(null).WithPostalCode("SW1A 2AA").WithCountry("GB");

    public AddressBuilder WithLine1(string value) { line1 = value; return this; }

    public AddressBuilder WithLine2(string? value) { line2 = value; return this; }

    public AddressBuilder WithCity(string value) { city = value; return this; }

    public AddressBuilder WithRegion(string? value) { region = value; return this; }

    public AddressBuilder WithPostalCode(string? value) { postalCode = value; return this; }

    public AddressBuilder WithCountry(string value) { country = value; return this; }

    public AddressBuilder WithRecipient(string? value) { recipient = value; return this; }

    public PostalAddress Build() => new(line1, line2, city, region, postalCode, country, recipient);
}
