using System.Text.Json.Serialization;

namespace OmsServerless.Domain.Addresses;

/// <summary>How much a valid result actually proves about the address.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AddressValidationLevel>))]
public enum AddressValidationLevel
{
    /// <summary>
    /// The postal code exists, geocodes, and belongs to the stated region (US, and Canada when the directory covers it).
    /// </summary>
    PostalCodeVerified,

    /// <summary>
    /// Only required fields, formats and lengths were checked; the address may still not exist.
    /// Countries without specific rules, and Canada when the directory does not cover it, stop here.
    /// </summary>
    StructuralOnly,
}
