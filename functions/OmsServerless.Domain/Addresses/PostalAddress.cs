namespace OmsServerless.Domain.Addresses;

/// <summary>
/// A postal address as the customer typed it or as validation normalised it.
/// </summary>
/// <param name="Line1">Street line: house number, street, and optionally a unit ("123 Main St Apt 4").</param>
/// <param name="Line2">Secondary line (unit, building, care of), if any.</param>
/// <param name="Region">State, province or county; required where the country's rules say so (US state, Canadian province).</param>
/// <param name="PostalCode">ZIP or postal code; required where the country's rules say so.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country code.</param>
/// <param name="Recipient">Person or company the parcel is addressed to, when it differs from the customer.</param>
public sealed record PostalAddress(
    string Line1,
    string? Line2,
    string City,
    string? Region,
    string? PostalCode,
    string Country,
    string? Recipient = null);
