namespace OmsServerless.Storage.Payments;

/// <summary>The collections (Table partitions) the sandbox gateway writes.</summary>
public static class SandboxCollections
{
    /// <summary>Keyed by idempotency key.</summary>
    public const string Idempotency = "idempotency";

    /// <summary>Keyed by authorization id.</summary>
    public const string Authorizations = "authorizations";

    /// <summary>Keyed by capture id; holds the authorization id, so refunds find their capture.</summary>
    public const string Captures = "captures";
}
