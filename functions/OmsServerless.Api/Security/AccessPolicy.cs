namespace OmsServerless.Api.Security;

/// <summary>The roles an endpoint admits. Admin is admitted everywhere.</summary>
public sealed class AccessPolicy
{
    private readonly HashSet<ApiRole> _roles;

    private AccessPolicy(IEnumerable<ApiRole> roles) => _roles = [.. roles, ApiRole.Admin];

    /// <summary>Anyone with a valid key.</summary>
    public static AccessPolicy AnyCaller { get; } = new(Enum.GetValues<ApiRole>());

    public IReadOnlyCollection<ApiRole> Roles => _roles;

    public static AccessPolicy For(params ApiRole[] roles) => new(roles);

    public bool Admits(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return _roles.Contains(caller.Role);
    }
}
