namespace OmsServerless.Domain.Orders;

/// <summary>One problem with a new-order request.</summary>
/// <param name="Path">Where, as a JSON path relative to the request body: "currency", "lines[2].quantity", "shippingAddress.city".</param>
/// <param name="Code">Stable code from <see cref="OrderCaptureFaultCodes"/>.</param>
public sealed record OrderCaptureFault(string Path, string Code, string Message);
