using OmsServerless.Api.Problems;
using OmsServerless.Api.Security;
using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Api.Inventory;

/// <summary>
/// Which channel's view of inventory a caller gets. Marketplace and POS keys are pinned to their channel, so a
/// marketplace can never read store stock by asking for the web view.
/// </summary>
public static class ChannelResolver
{
    public static SalesChannel Resolve(Caller caller, string? requested)
    {
        ArgumentNullException.ThrowIfNull(caller);
        SalesChannel? pinned = caller.Role switch
        {
            ApiRole.Marketplace => SalesChannel.Marketplace,
            ApiRole.Pos => SalesChannel.Pos,
            _ => null,
        };

        if (string.IsNullOrEmpty(requested))
        {
            return pinned ?? (caller.Role == ApiRole.CallCenter ? SalesChannel.CallCenter : SalesChannel.Web);
        }

        if (!Enum.TryParse(requested, ignoreCase: true, out SalesChannel channel) || !Enum.IsDefined(channel))
        {
            throw ApiProblemException.Field(ProblemType.ValidationFailed, "channel",
                $"'{requested}' is not a channel; use one of {string.Join(", ", Enum.GetNames<SalesChannel>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
        }

        if (pinned is not null && channel != pinned)
        {
            throw new ApiProblemException(ProblemType.Forbidden, $"A {caller.Role} key sees only the {pinned} channel.");
        }

        return channel;
    }
}
