using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OmsServerless.Domain.Payments;

namespace OmsServerless.Domain.Tests.Payments;

public sealed class PaymentAuthorizationProperties
{
    private static readonly DateTimeOffset During = PaymentAuthorizationBuilder.AuthorizedAt.AddHours(1);

    [Property(MaxTest = 300)]
    public Property Any_sequence_of_captures_and_refunds_keeps_money_within_the_limits() =>
        Prop.ForAll(Operations().ToArbitrary(), operations =>
        {
            PaymentAuthorization authorization = PaymentAuthorizationBuilder.Usd(100m).Build();
            foreach ((bool isCapture, int captureIndex, decimal amount) in operations)
            {
                authorization = Apply(authorization, isCapture, captureIndex, amount);
            }

            bool capturesWithinAuthorization = authorization.CapturedAmount <= authorization.AuthorizedAmount;
            bool refundsWithinEachCapture = authorization.Captures.All(capture =>
                authorization.Refunds.Where(refund => refund.CaptureId == capture.CaptureId).Sum(refund => refund.Amount) <= capture.Amount);
            return capturesWithinAuthorization && refundsWithinEachCapture;
        });

    [Property(MaxTest = 300)]
    public Property A_change_is_refused_exactly_when_its_check_reports_a_violation() =>
        Prop.ForAll(Operations().ToArbitrary(), operations =>
        {
            PaymentAuthorization authorization = PaymentAuthorizationBuilder.Usd(100m).Build();
            foreach ((bool isCapture, int captureIndex, decimal amount) in operations)
            {
                string captureId = CaptureIdAt(authorization, captureIndex);
                PaymentRuleViolation? expected = isCapture
                    ? authorization.CheckCapture(amount, During)
                    : authorization.CheckRefund(captureId, amount);
                PaymentAuthorization after = Apply(authorization, isCapture, captureIndex, amount);
                bool changed = !ReferenceEquals(after, authorization);
                if (changed == (expected is not null))
                {
                    return false;
                }

                authorization = after;
            }

            return true;
        });

    private static PaymentAuthorization Apply(PaymentAuthorization authorization, bool isCapture, int captureIndex, decimal amount)
    {
        try
        {
            return isCapture
                ? authorization.WithCapture(new PaymentCapture($"cap_{authorization.Captures.Count}", amount, During))
                : authorization.WithRefund(new PaymentRefund($"re_{authorization.Refunds.Count}", CaptureIdAt(authorization, captureIndex), amount, During));
        }
        catch (PaymentRuleException)
        {
            return authorization;
        }
    }

    private static string CaptureIdAt(PaymentAuthorization authorization, int index) =>
        authorization.Captures.Count == 0 ? "cap_none" : authorization.Captures[index % authorization.Captures.Count].CaptureId;

    private static Gen<(bool IsCapture, int CaptureIndex, decimal Amount)[]> Operations() =>
        Gen.ArrayOf(
            from isCapture in Gen.Elements(true, false)
            from captureIndex in Gen.Choose(0, 5)
            from cents in Gen.Choose(-100, 6000)
            select (isCapture, captureIndex, cents / 100m));
}
