using OmsServerless.Domain.Addresses;

namespace OmsServerless.Domain.Tests.Addresses;

public sealed class UsAddressValidationTests
{
    private readonly AddressValidator validator = new(RealPostalCodes.UsDirectory());

    [Fact]
    public void Real_zip_in_its_state_validates_and_geocodes_to_the_zip_centroid()
    {
        var address = AddressBuilder.NewYork().Build();

        AddressValidationResult result = validator.Validate(address);

        Assert.True(result.IsValid);
        Assert.Equal(AddressValidationLevel.PostalCodeVerified, result.Level);
        Assert.Equal(RealPostalCodes.NewYorkPennStation.Point, result.Location);
        Assert.Empty(result.Faults);
    }

    [Fact]
    public void Messy_input_is_normalised_to_usps_form_and_each_change_is_listed()
    {
        var address = AddressBuilder.NewYork()
            .WithLine1("  350   fifth  avenue ")
            .WithLine2("suite 3400")
            .WithCity(" new   york")
            .WithRegion("ny")
            .WithPostalCode("10118")
            .WithRecipient("  Ada   Lovelace ")
            .Build();

        AddressValidationResult result = validator.Validate(address);

        Assert.True(result.IsValid);
        Assert.Equal(new PostalAddress("350 FIFTH AVE", "STE 3400", "NEW YORK", "NY", "10118", "US", "Ada Lovelace"), result.Address);
        Assert.Equal(
            ["recipient", "line1", "line2", "city", "region"],
            result.Corrections.Select(correction => correction.Field));
        Assert.Contains(new AddressCorrection("line1", "  350   fifth  avenue ", "350 FIFTH AVE"), result.Corrections);
    }

    [Fact]
    public void Address_already_in_usps_form_needs_no_corrections()
    {
        var address = AddressBuilder.NewYork().WithLine1("400 W 33RD ST").WithCity("NEW YORK").Build();

        AddressValidationResult result = validator.Validate(address);

        Assert.True(result.IsValid);
        Assert.Empty(result.Corrections);
    }

    [Theory]
    [InlineData("101181234")]
    [InlineData("10118 1234")]
    [InlineData("10118-1234")]
    public void Zip_plus_four_is_formatted_with_a_hyphen(string zip)
    {
        var address = AddressBuilder.NewYork().WithPostalCode(zip).Build();

        AddressValidationResult result = validator.Validate(address);

        Assert.True(result.IsValid);
        Assert.Equal("10118-1234", result.Address!.PostalCode);
    }

    [Theory]
    [InlineData("California", "CA")]
    [InlineData("ca", "CA")]
    [InlineData(" CA ", "CA")]
    public void State_name_or_lower_case_code_becomes_the_usps_code(string state, string expected)
    {
        var address = AddressBuilder.BeverlyHills().WithRegion(state).Build();

        AddressValidationResult result = validator.Validate(address);

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.Address!.Region);
    }

    [Fact]
    public void District_of_columbia_is_a_valid_state()
    {
        var address = new PostalAddress("1600 Pennsylvania Avenue Northwest", null, "Washington", "DC", "20500", "US");

        AddressValidationResult result = validator.Validate(address);

        Assert.True(result.IsValid);
        Assert.Equal("1600 PENNSYLVANIA AVE NW", result.Address!.Line1);
    }

    [Fact]
    public void Puerto_rico_is_a_valid_state_with_its_leading_zero_zip()
    {
        var address = new PostalAddress("151 Calle San Francisco", null, "San Juan", "Puerto Rico", "00901", "US");

        AddressValidationResult result = validator.Validate(address);

        Assert.True(result.IsValid);
        Assert.Equal("PR", result.Address!.Region);
        Assert.Equal("00901", result.Address.PostalCode);
    }

    [Fact]
    public void Zip_of_another_state_is_rejected_and_names_the_zips_state()
    {
        var address = AddressBuilder.NewYork().WithRegion("CA").Build();

        AddressValidationResult result = validator.Validate(address);

        Assert.False(result.IsValid);
        AddressFault fault = Assert.Single(result.Faults);
        Assert.Equal("postalCode", fault.Field);
        Assert.Equal(AddressFaultCodes.PostalCodeRegionMismatch, fault.Code);
        Assert.Contains("NY", fault.Message, StringComparison.Ordinal);
        Assert.Null(result.Address);
    }

    [Fact]
    public void Zip_that_does_not_exist_is_rejected()
    {
        var address = AddressBuilder.NewYork().WithPostalCode("00000").Build();

        AddressValidationResult result = validator.Validate(address);

        AddressFault fault = Assert.Single(result.Faults);
        Assert.Equal(AddressFaultCodes.UnknownPostalCode, fault.Code);
    }

    [Theory]
    [InlineData("1000")]
    [InlineData("ABCDE")]
    [InlineData("10001-12")]
    [InlineData("1000112345")]
    public void Malformed_zip_is_rejected_without_a_directory_lookup(string zip)
    {
        var address = AddressBuilder.NewYork().WithPostalCode(zip).Build();

        AddressValidationResult result = validator.Validate(address);

        AddressFault fault = Assert.Single(result.Faults);
        Assert.Equal(("postalCode", AddressFaultCodes.InvalidPostalCodeFormat), (fault.Field, fault.Code));
    }

    [Fact]
    public void State_that_is_not_a_usps_code_is_rejected()
    {
        var address = AddressBuilder.NewYork().WithRegion("XX").Build();

        AddressValidationResult result = validator.Validate(address);

        AddressFault fault = Assert.Single(result.Faults);
        Assert.Equal(("region", AddressFaultCodes.InvalidRegion), (fault.Field, fault.Code));
    }

    [Fact]
    public void Every_missing_field_is_reported_at_once()
    {
        var address = new PostalAddress(" ", null, "", null, null, "US");

        AddressValidationResult result = validator.Validate(address);

        Assert.Equal(
            ["line1", "city", "region", "postalCode"],
            result.Faults.Select(fault => fault.Field));
        Assert.All(result.Faults, fault => Assert.Equal(AddressFaultCodes.Required, fault.Code));
    }

    [Fact]
    public void Over_long_street_line_is_rejected()
    {
        var address = AddressBuilder.NewYork().WithLine1("1 " + new string('A', AddressLimits.Line)).Build();

        AddressValidationResult result = validator.Validate(address);

        AddressFault fault = Assert.Single(result.Faults);
        Assert.Equal(("line1", AddressFaultCodes.TooLong), (fault.Field, fault.Code));
    }

    [Theory]
    [InlineData("usa")]
    [InlineData("United States")]
    [InlineData(" us ")]
    public void Common_spellings_of_the_country_become_us(string country)
    {
        var address = AddressBuilder.NewYork().WithCountry(country).Build();

        AddressValidationResult result = validator.Validate(address);

        Assert.True(result.IsValid);
        Assert.Equal("US", result.Address!.Country);
        Assert.Contains(result.Corrections, correction => correction.Field == "country");
    }
}
