namespace OmsServerless.Domain.Addresses;

/// <summary>A change normalisation made to one field, shown to the customer so they can spot a wrong guess.</summary>
public sealed record AddressCorrection(string Field, string Original, string Corrected);
