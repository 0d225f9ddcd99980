using OmsServerless.Domain.Addresses;

namespace OmsServerless.Domain.Tests.Addresses;

public sealed class CanadaAddressValidationTests
{
    [Theory]
    [InlineData("m5v2t6")]
    [InlineData("M5V 2T6")]
    [InlineData(" m5v-2t6 ")]
    public void Postal_code_is_normalised_to_the_a1a_1a1_form(string postalCode)
    {
        var validator = new AddressValidator(RealPostalCodes.UsDirectory());
        var address = AddressBuilder.Toronto().WithPostalCode(postalCode).Build();

        AddressValidationResult result = validator.Validate(address);

        Assert.True(result.IsValid);
        Assert.Equal("M5V 2T6", result.Address!.PostalCode);
    }

    [Fact]
    public void Without_canadian_directory_data_a_valid_address_is_reported_as_structural_only()
    {
        var validator = new AddressValidator(RealPostalCodes.UsDirectory());

        AddressValidationResult result = validator.Validate(AddressBuilder.Toronto().Build());

        Assert.True(result.IsValid);
        Assert.Equal(AddressValidationLevel.StructuralOnly, result.Level);
        Assert.Null(result.Location);
        Assert.Equal("290 BREMNER BLVD", result.Address!.Line1);
        Assert.Equal("TORONTO", result.Address.City);
    }

    [Fact]
    public void With_canadian_directory_data_the_postal_code_is_verified_and_geocoded()
    {
        var validator = new AddressValidator(RealPostalCodes.UsAndCanadaDirectory());

        AddressValidationResult result = validator.Validate(AddressBuilder.Toronto().Build());

        Assert.Equal(AddressValidationLevel.PostalCodeVerified, result.Level);
        Assert.Equal(RealPostalCodes.TorontoCnTower.Point, result.Location);
    }

    [Fact]
    public void With_canadian_directory_data_an_unknown_postal_code_is_rejected()
    {
        var validator = new AddressValidator(RealPostalCodes.UsAndCanadaDirectory());
        var address = AddressBuilder.Toronto().WithPostalCode("M5V 9Z9").Build();

        AddressValidationResult result = validator.Validate(address);

        Assert.Equal(AddressFaultCodes.UnknownPostalCode, Assert.Single(result.Faults).Code);
    }

    [Theory]
    [InlineData("Ontario")]
    [InlineData("on")]
    public void Province_name_or_lower_case_code_becomes_the_code(string province)
    {
        var validator = new AddressValidator(RealPostalCodes.UsDirectory());
        var address = AddressBuilder.Toronto().WithRegion(province).Build();

        AddressValidationResult result = validator.Validate(address);

        Assert.Equal("ON", result.Address!.Region);
    }

    [Fact]
    public void Quebec_is_recognised_with_its_accent()
    {
        var validator = new AddressValidator(RealPostalCodes.UsDirectory());
        var address = new PostalAddress("1000 Rue De La Gauchetière O", null, "Montréal", "Québec", "H3B 4W5", "CA");

        AddressValidationResult result = validator.Validate(address);

        Assert.True(result.IsValid);
        Assert.Equal("QC", result.Address!.Region);
        Assert.Equal("MONTRÉAL", result.Address.City);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("M5V 2T")]
    [InlineData("D5V 2T6")]
    [InlineData("M5V 2O6")]
    public void Malformed_postal_code_is_rejected(string postalCode)
    {
        var validator = new AddressValidator(RealPostalCodes.UsDirectory());
        var address = AddressBuilder.Toronto().WithPostalCode(postalCode).Build();

        AddressValidationResult result = validator.Validate(address);

        AddressFault fault = Assert.Single(result.Faults);
        Assert.Equal(("postalCode", AddressFaultCodes.InvalidPostalCodeFormat), (fault.Field, fault.Code));
    }

    [Fact]
    public void Postal_code_from_another_provinces_district_is_rejected()
    {
        var validator = new AddressValidator(RealPostalCodes.UsDirectory());
        var address = AddressBuilder.Toronto().WithRegion("BC").Build();

        AddressValidationResult result = validator.Validate(address);

        Assert.Equal(AddressFaultCodes.PostalCodeRegionMismatch, Assert.Single(result.Faults).Code);
    }

    [Fact]
    public void Unknown_province_is_rejected()
    {
        var validator = new AddressValidator(RealPostalCodes.UsDirectory());
        var address = AddressBuilder.Toronto().WithRegion("ZZ").Build();

        AddressValidationResult result = validator.Validate(address);

        AddressFault fault = Assert.Single(result.Faults);
        Assert.Equal(("region", AddressFaultCodes.InvalidRegion), (fault.Field, fault.Code));
    }
}
