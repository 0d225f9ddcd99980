using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OmsServerless.Domain.Addresses;

namespace OmsServerless.Domain.Tests.Addresses;

public sealed class AddressNormalisationProperties
{
    private static readonly PostalAddress[] CleanAddresses =
    [
        AddressBuilder.NewYork().WithLine1("350 Fifth Avenue").WithLine2("Suite 3400").WithPostalCode("10118").Build(),
        AddressBuilder.NewYork().WithLine1("100 North Main Street Apartment 4").Build(),
        AddressBuilder.BeverlyHills().WithLine1("9641 Sunset Boulevard").WithRegion("California").Build(),
        AddressBuilder.Seattle().WithLine1("1301 Second Avenue South").WithPostalCode("981011234").Build(),
        AddressBuilder.Toronto().WithLine1("290 Bremner Boulevard").WithPostalCode("m5v2t6").Build(),
        AddressBuilder.London().WithLine1("10 Downing Street").Build(),
    ];

    private readonly AddressValidator validator = new(RealPostalCodes.UsDirectory());

    [Property]
    public Property Validating_a_normalised_address_again_changes_nothing() =>
        Prop.ForAll(MessyAddresses().ToArbitrary(), address =>
        {
            AddressValidationResult first = validator.Validate(address);
            AddressValidationResult second = validator.Validate(first.Address!);
            return first.IsValid && second.IsValid && second.Address == first.Address && second.Corrections.Count == 0;
        });

    [Property]
    public Property Case_and_spacing_never_change_the_normalised_us_and_canadian_address() =>
        Prop.ForAll(MessyAddresses().ToArbitrary(), address =>
        {
            PostalAddress clean = CleanAddresses.Single(candidate => SameLetters(candidate.Line1, address.Line1));
            PostalAddress? expected = validator.Validate(clean).Address;
            PostalAddress? actual = validator.Validate(address).Address;
            bool caseInsensitiveCountry = clean.Country is "US" or "CA";
            return !caseInsensitiveCountry || actual == expected;
        });

    [Fact]
    public void Validation_result_round_trips_through_json_with_its_location()
    {
        AddressValidationResult result = validator.Validate(AddressBuilder.NewYork().WithLine1("400 West 33rd Street").Build());

        string json = JsonSerializer.Serialize(result, JsonSerializerOptions.Web);
        AddressValidationResult? back = JsonSerializer.Deserialize<AddressValidationResult>(json, JsonSerializerOptions.Web);

        Assert.Contains("\"level\":\"PostalCodeVerified\"", json, StringComparison.Ordinal);
        Assert.Equal(result.Location, back!.Location);
        Assert.Equal(result.Address, back.Address);
        Assert.Equal(result.Corrections, back.Corrections);
    }

    private static Gen<PostalAddress> MessyAddresses() =>
        from clean in Gen.Elements(CleanAddresses)
        from seed in Gen.Choose(0, int.MaxValue)
        select Mess(clean, new Random(seed));

    private static PostalAddress Mess(PostalAddress address, Random random) =>
        address with
        {
            Line1 = Mess(address.Line1, random),
            Line2 = address.Line2 is null ? null : Mess(address.Line2, random),
            City = Mess(address.City, random),
            Region = address.Region is null ? null : Mess(address.Region, random),
            PostalCode = address.PostalCode is null ? null : Mess(address.PostalCode, random),
        };

    /// <summary>Randomises letter case and pads every space (and both ends) with extra whitespace.</summary>
    private static string Mess(string text, Random random)
    {
        var messy = new StringBuilder(new string(' ', random.Next(0, 3)));
        foreach (char character in text)
        {
            messy.Append(character == ' ' ? new string(' ', random.Next(1, 4)) : RandomCase(character, random));
        }

        return messy.Append('\t', random.Next(0, 2)).ToString();
    }

    private static char RandomCase(char character, Random random) =>
        random.Next(2) == 0 ? char.ToUpperInvariant(character) : char.ToLowerInvariant(character);

    private static bool SameLetters(string left, string right) =>
        string.Equals(string.Concat(left.Where(char.IsLetterOrDigit)), string.Concat(right.Where(char.IsLetterOrDigit)), StringComparison.OrdinalIgnoreCase);
}
