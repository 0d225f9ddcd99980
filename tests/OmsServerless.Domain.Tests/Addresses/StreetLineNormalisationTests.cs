using OmsServerless.Domain.Addresses;

namespace OmsServerless.Domain.Tests.Addresses;

public sealed class StreetLineNormalisationTests
{
    private readonly AddressValidator validator = new(RealPostalCodes.UsDirectory());

    [Theory]
    [InlineData("123 Main Street", "123 MAIN ST")]
    [InlineData("123 main st.", "123 MAIN ST")]
    [InlineData("55 Elm Boulevard", "55 ELM BLVD")]
    [InlineData("8 Ocean Parkway", "8 OCEAN PKWY")]
    [InlineData("20 Lincoln Center Plaza", "20 LINCOLN CENTER PLZ")]
    [InlineData("71 Hudson Terrace", "71 HUDSON TER")]
    [InlineData("3 Cherry Lane", "3 CHERRY LN")]
    [InlineData("14 Maple Court", "14 MAPLE CT")]
    [InlineData("9 Harbor Expressway", "9 HARBOR EXPY")]
    public void Street_suffix_takes_its_usps_abbreviation(string line, string expected) =>
        Assert.Equal(expected, NormalizedLine1(line));

    [Theory]
    [InlineData("100 North Main Street", "100 N MAIN ST")]
    [InlineData("500 West Broadway", "500 W BROADWAY")]
    [InlineData("1600 Pennsylvania Avenue Northwest", "1600 PENNSYLVANIA AVE NW")]
    [InlineData("9 Harbor Parkway East", "9 HARBOR PKWY E")]
    [InlineData("42 Southwest Oak Drive", "42 SW OAK DR")]
    public void Directionals_before_and_after_the_street_are_abbreviated(string line, string expected) =>
        Assert.Equal(expected, NormalizedLine1(line));

    [Theory]
    [InlineData("123 North Street", "123 NORTH ST")]
    [InlineData("1211 Avenue of the Americas", "1211 AVENUE OF THE AMERICAS")]
    [InlineData("12 Front Street", "12 FRONT ST")]
    [InlineData("45 Old Lot Road", "45 OLD LOT RD")]
    [InlineData("10 Avenue Road", "10 AVENUE RD")]
    public void Words_that_are_part_of_the_street_name_are_kept(string line, string expected) =>
        Assert.Equal(expected, NormalizedLine1(line));

    [Theory]
    [InlineData("77 Massachusetts Ave., Suite 400", "77 MASSACHUSETTS AVE STE 400")]
    [InlineData("55 Elm Boulevard Apartment 4B", "55 ELM BLVD APT 4B")]
    [InlineData("500 Broadway Floor 3", "500 BROADWAY FL 3")]
    [InlineData("12 Main Street Rear", "12 MAIN ST REAR")]
    [InlineData("12 Main Street #5", "12 MAIN ST #5")]
    public void Secondary_unit_on_the_street_line_is_abbreviated(string line, string expected) =>
        Assert.Equal(expected, NormalizedLine1(line));

    [Theory]
    [InlineData("P.O. Box 123", "PO BOX 123")]
    [InlineData("post office box 9", "PO BOX 9")]
    [InlineData("PO Box 77", "PO BOX 77")]
    public void Post_office_boxes_take_the_usps_form(string line, string expected) =>
        Assert.Equal(expected, NormalizedLine1(line));

    [Theory]
    [InlineData("Apartment 12", "APT 12")]
    [InlineData("suite 5", "STE 5")]
    [InlineData("Building C, Floor 2", "BLDG C FL 2")]
    [InlineData("c/o Grace Hopper", "C/O GRACE HOPPER")]
    public void Second_line_designator_is_abbreviated(string line2, string expected)
    {
        var address = AddressBuilder.NewYork().WithLine2(line2).Build();

        AddressValidationResult result = validator.Validate(address);

        Assert.Equal(expected, result.Address!.Line2);
    }

    private string NormalizedLine1(string line)
    {
        AddressValidationResult result = validator.Validate(AddressBuilder.NewYork().WithLine1(line).Build());
        Assert.True(result.IsValid);
        return result.Address!.Line1;
    }
}
