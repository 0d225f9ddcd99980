namespace OmsServerless.Domain.Shipping;

/// <summary>The service rate shopping picked for one parcel.</summary>
public sealed record RateQuote(string CarrierId, string ServiceCode, string Zone, decimal Price, int TransitDays);
