namespace OmsServerless.Domain.Addresses;

/// <summary>One reason an address is unusable.</summary>
/// <param name="Field">Property path inside the address, camelCase as in JSON ("postalCode").</param>
/// <param name="Code">Stable machine-readable code from <see cref="AddressFaultCodes"/>.</param>
/// <param name="Message">Explanation a customer or agent can act on.</param>
public sealed record AddressFault(string Field, string Code, string Message);
