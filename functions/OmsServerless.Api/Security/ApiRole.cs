namespace OmsServerless.Api.Security;

/// <summary>What an API key is for. A key maps to exactly one role.</summary>
public enum ApiRole
{
    Storefront,
    CallCenter,
    Marketplace,
    Pos,

    /// <summary>A store associate; the key is bound to one store and sees only that store's work.</summary>
    StoreAssociate,

    /// <summary>A warehouse management system pushing receipts, counts and adjustments.</summary>
    Wms,

    Operations,
    Admin,
}
