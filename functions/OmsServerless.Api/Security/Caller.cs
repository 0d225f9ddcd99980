namespace OmsServerless.Api.Security;

/// <summary>Who is calling: the role of their key and, for store associates, the store the key is bound to.</summary>
public sealed record Caller(ApiRole Role, string? StoreId, string KeyName)
{
    /// <summary>The actor recorded on ledger entries and order timelines.</summary>
    public string Actor => StoreId is null ? $"{Role.ToString().ToLowerInvariant()}:{KeyName}" : $"store:{StoreId}:{KeyName}";
}
