using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OmsServerless.Domain.Fraud;

namespace OmsServerless.Domain.Tests.Fraud;

public sealed class FraudScoringProperties
{
    private static readonly FraudRuleSet RuleSet = DefaultFraudRuleSet.Load();

    [Property(MaxTest = 300)]
    public Property Total_score_is_the_sum_of_the_fired_rules_and_the_decision_follows_the_thresholds() =>
        Prop.ForAll(Contexts().ToArbitrary(), context =>
        {
            FraudAssessment assessment = RuleSet.Assess(context);
            bool sumMatches = assessment.TotalScore == assessment.FiredRules.Sum(rule => rule.Score);
            FraudDecision expected = assessment.FiredRules.Any(rule => rule.HardReject)
                ? FraudDecision.Reject
                : RuleSet.Thresholds.Decide(assessment.TotalScore);
            return sumMatches && assessment.Decision == expected;
        });

    [Property(MaxTest = 200)]
    public Property A_larger_order_never_gets_a_more_lenient_decision() =>
        Prop.ForAll(Contexts().ToArbitrary(), Gen.Choose(1, 20_000).ToArbitrary(), (context, extraDollars) =>
        {
            FraudDecision smaller = RuleSet.Assess(context).Decision;
            FraudDecision larger = RuleSet.Assess(context with { OrderAmount = context.OrderAmount + extraDollars }).Decision;
            return larger >= smaller;
        });

    private static Gen<FraudContext> Contexts() =>
        from amount in Gen.Choose(1, 8000)
        from firstOrder in Gen.Elements(true, false)
        from guest in Gen.Elements(true, false)
        from customerOrders in Gen.Choose(0, 12)
        from cardOrders in Gen.Choose(0, 8)
        from quantity in Gen.Choose(1, 15)
        from sku in Gen.Elements("SKU-MUG", "GIFTCARD-50", "SKU-TV")
        from email in Gen.Elements("ada@example.com", "x@mailinator.com", "chargeback.abuser@example.com")
        select Build(amount, firstOrder, guest, customerOrders, cardOrders, quantity, sku, email);

    private static FraudContext Build(int amount, bool firstOrder, bool guest, int customerOrders, int cardOrders, int quantity, string sku, string email)
    {
        FraudContextBuilder builder = FraudContextBuilder.Ordinary()
            .WithQuietVelocityFor(RuleSet)
            .WithVelocity(VelocityDimension.Customer, 24, customerOrders, customerOrders * 100m)
            .WithVelocity(VelocityDimension.CardFingerprint, 24, cardOrders, cardOrders * 150m)
            .WithAmount(amount)
            .WithLines(new FraudLine(sku, quantity))
            .WithEmail(email)
            .WithCustomerSince(guest ? null : FraudContextBuilder.PlacedAt.AddYears(-2));
        return (firstOrder ? builder.AsFirstOrder() : builder).Build();
    }
}
