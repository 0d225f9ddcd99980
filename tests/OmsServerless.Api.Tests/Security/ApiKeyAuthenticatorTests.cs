using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OmsServerless.Api.Http;
using OmsServerless.Api.Security;

namespace OmsServerless.Api.Tests.Security;

public sealed class ApiKeyAuthenticatorTests
{
    [Fact]
    public void A_configured_key_maps_to_its_role_and_a_store_bound_key_to_its_store()
    {
        ApiKeyAuthenticator authenticator = Authenticator(new() { ["k1"] = "storefront", ["k2"] = "storeAssociate:STORE-9" });

        Caller? storefront = authenticator.Authenticate(RequestWithKey("k1"));
        Caller? associate = authenticator.Authenticate(RequestWithKey("k2"));

        Assert.Equal((ApiRole.Storefront, null), (storefront!.Role, storefront.StoreId));
        Assert.Equal((ApiRole.StoreAssociate, "STORE-9"), (associate!.Role, associate.StoreId));
        Assert.StartsWith("store:STORE-9:key-", associate.Actor, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("K1")]
    [InlineData("k1 ")]
    public void An_absent_or_unknown_key_authenticates_nobody(string? key)
    {
        ApiKeyAuthenticator authenticator = Authenticator(new() { ["k1"] = "operations" });

        Assert.Null(authenticator.Authenticate(RequestWithKey(key)));
    }

    [Fact]
    public void The_actor_never_contains_the_key_itself()
    {
        ApiKeyAuthenticator authenticator = Authenticator(new() { ["super-secret-key"] = "wms" });

        Caller caller = authenticator.Authenticate(RequestWithKey("super-secret-key"))!;

        Assert.DoesNotContain("secret", caller.Actor, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("overlord")]
    [InlineData("storeAssociate")]
    [InlineData("operations:STORE-1")]
    public void A_misconfigured_key_fails_at_startup_with_a_clear_message(string role)
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => Authenticator(new() { ["k"] = role }));

        Assert.Contains("storeAssociate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Admin_is_admitted_everywhere_and_a_policy_admits_only_its_roles()
    {
        AccessPolicy policy = AccessPolicy.For(ApiRole.Wms);

        Assert.True(policy.Admits(new Caller(ApiRole.Wms, null, "k")));
        Assert.True(policy.Admits(new Caller(ApiRole.Admin, null, "k")));
        Assert.False(policy.Admits(new Caller(ApiRole.Storefront, null, "k")));
    }

    private static ApiKeyAuthenticator Authenticator(Dictionary<string, string> keys) =>
        new(Options.Create(new ApiOptions { Keys = keys }));

    private static HttpRequest RequestWithKey(string? key)
    {
        var context = new DefaultHttpContext();
        if (key is not null)
        {
            context.Request.Headers[ApiKeyAuthenticator.HeaderName] = key;
        }

        return context.Request;
    }
}
