using OmsServerless.Domain.Addresses;

namespace OmsServerless.Domain.Tests.Addresses;

public sealed class GenericAddressValidationTests
{
    private readonly AddressValidator validator = new(RealPostalCodes.UsDirectory());

    [Fact]
    public void Address_in_a_country_without_specific_rules_is_valid_but_structural_only()
    {
        AddressValidationResult result = validator.Validate(AddressBuilder.London().WithPostalCode("sw1a  2aa").Build());

        Assert.True(result.IsValid);
        Assert.Equal(AddressValidationLevel.StructuralOnly, result.Level);
        Assert.Null(result.Location);
        Assert.Equal(new PostalAddress("10 Downing Street", null, "London", null, "SW1A 2AA", "GB"), result.Address);
    }

    [Fact]
    public void Missing_street_and_city_are_both_reported()
    {
        var address = AddressBuilder.London().WithLine1("").WithCity("  ").Build();

        AddressValidationResult result = validator.Validate(address);

        Assert.Equal(["line1", "city"], result.Faults.Select(fault => fault.Field));
    }

    [Fact]
    public void Over_long_fields_are_each_reported()
    {
        var address = AddressBuilder.London()
            .WithCity(new string('L', AddressLimits.City + 1))
            .WithRegion(new string('R', AddressLimits.Region + 1))
            .WithPostalCode(new string('9', AddressLimits.PostalCode + 1))
            .WithRecipient(new string('N', AddressLimits.Recipient + 1))
            .Build();

        AddressValidationResult result = validator.Validate(address);

        Assert.Equal(["recipient", "city", "region", "postalCode"], result.Faults.Select(fault => fault.Field));
        Assert.All(result.Faults, fault => Assert.Equal(AddressFaultCodes.TooLong, fault.Code));
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("England")]
    public void Country_that_is_not_an_iso_code_is_rejected(string country)
    {
        var address = AddressBuilder.London().WithCountry(country).Build();

        AddressValidationResult result = validator.Validate(address);

        AddressFault fault = Assert.Single(result.Faults);
        Assert.Equal(("country", AddressFaultCodes.InvalidCountry), (fault.Field, fault.Code));
    }

    [Fact]
    public void Missing_country_is_reported_as_required()
    {
        var address = AddressBuilder.London().WithCountry(" ").Build();

        AddressValidationResult result = validator.Validate(address);

        AddressFault fault = Assert.Single(result.Faults);
        Assert.Equal(("country", AddressFaultCodes.Required), (fault.Field, fault.Code));
    }
}
