using OmsServerless.Api.Inventory;
using OmsServerless.Api.Problems;
using OmsServerless.Api.Security;
using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Api.Tests.Inventory;

public sealed class ChannelResolverTests
{
    [Theory]
    [InlineData(ApiRole.Storefront, null, SalesChannel.Web)]
    [InlineData(ApiRole.Storefront, "app", SalesChannel.App)]
    [InlineData(ApiRole.CallCenter, null, SalesChannel.CallCenter)]
    [InlineData(ApiRole.Marketplace, null, SalesChannel.Marketplace)]
    [InlineData(ApiRole.Marketplace, "MARKETPLACE", SalesChannel.Marketplace)]
    [InlineData(ApiRole.Pos, null, SalesChannel.Pos)]
    [InlineData(ApiRole.Operations, "marketplace", SalesChannel.Marketplace)]
    public void The_channel_follows_the_key_and_the_request(ApiRole role, string? requested, SalesChannel expected)
    {
        Assert.Equal(expected, ChannelResolver.Resolve(new Caller(role, null, "k"), requested));
    }

    [Fact]
    public void A_pinned_key_cannot_borrow_another_channel()
    {
        ApiProblemException problem = Assert.Throws<ApiProblemException>(() =>
            ChannelResolver.Resolve(new Caller(ApiRole.Pos, null, "k"), "web"));

        Assert.Equal(ProblemType.Forbidden, problem.Type);
    }

    [Theory]
    [InlineData("tv")]
    [InlineData("7")]
    public void An_unknown_channel_is_a_validation_problem(string requested)
    {
        ApiProblemException problem = Assert.Throws<ApiProblemException>(() =>
            ChannelResolver.Resolve(new Caller(ApiRole.Storefront, null, "k"), requested));

        Assert.Equal(["channel"], problem.Errors!.Keys);
    }
}
