using OmsServerless.Domain.Payments;

namespace OmsServerless.Domain.Tests.Payments;

public sealed class IsoCurrencyTests
{
    [Theory]
    [InlineData("USD", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KWD", 3)]
    [InlineData("CLF", 4)]
    public void Minor_units_follow_iso_4217(string code, int expected) =>
        Assert.Equal(expected, IsoCurrency.MinorUnits(code));

    [Theory]
    [InlineData("usd")]
    [InlineData("XYZ")]
    [InlineData("US")]
    [InlineData(null)]
    public void Lower_case_unknown_or_malformed_codes_are_not_currencies(string? code) =>
        Assert.False(IsoCurrency.IsKnown(code));

    [Theory]
    [InlineData(10.5, "JPY", false)]
    [InlineData(10, "JPY", true)]
    [InlineData(10.25, "USD", true)]
    [InlineData(10.255, "USD", false)]
    [InlineData(10.255, "KWD", true)]
    public void Amounts_may_not_be_more_precise_than_the_currency(decimal amount, string code, bool fits) =>
        Assert.Equal(fits, IsoCurrency.FitsMinorUnits(amount, code));
}
