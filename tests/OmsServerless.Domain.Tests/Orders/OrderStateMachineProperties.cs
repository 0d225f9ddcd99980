using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Payments;
using OmsServerless.Domain.RuleSets;

namespace OmsServerless.Domain.Tests.Orders;

/// <summary>Drives an order with random command sequences, legal or not, and checks what must always hold.</summary>
public sealed class OrderStateMachineProperties
{
    private const int CommandCount = 21;

    private static readonly int[] ForwardCommands = [0, 1, 4, 5, 7, 8, 9, 10, 15, 16, 17];

    [Property(MaxTest = 300)]
    public Property A_refused_command_changes_nothing_and_an_accepted_one_adds_at_most_one_version() =>
        Prop.ForAll(Commands().ToArbitrary(), commands =>
        {
            Order order = NewOrder();
            int step = 0;
            foreach ((int command, int lineIndex) in commands)
            {
                string before = Json(order);
                long version = order.Version;
                bool refused = !TryRun(order, command, lineIndex, OrderClock.Minute(++step));
                if (refused && Json(order) != before)
                {
                    return false.Label($"command {command} was refused but changed the order");
                }

                if (!refused && order.Version - version is not (0 or 1))
                {
                    return false.Label($"command {command} moved the version from {version} to {order.Version}");
                }
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 300)]
    public Property Whatever_happened_the_order_is_consistent_and_survives_a_json_round_trip() =>
        Prop.ForAll(Commands().ToArbitrary(), commands =>
        {
            Order order = NewOrder();
            int step = 0;
            foreach ((int command, int lineIndex) in commands)
            {
                TryRun(order, command, lineIndex, OrderClock.Minute(++step));
            }

            OrderSnapshot snapshot = order.ToSnapshot();
            bool timelineMatchesVersion = snapshot.Timeline.Select(entry => entry.Version).SequenceEqual(Enumerable.Range(1, (int)snapshot.Version).Select(version => (long)version));
            bool cancelledMeansNothingActive = snapshot.Status != OrderStatus.Cancelled || snapshot.Lines.All(line => !line.IsActive);
            bool nothingHandedOverWhenCancelled = snapshot.Status != OrderStatus.Cancelled || !snapshot.Lines.Any(line => line.HasLeftTheBuilding);
            bool capturedWithinAuthorized = snapshot.Payments.All(payment => payment.CapturedAmount <= payment.AuthorizedAmount);
            string json = Json(order);
            bool roundTrips = Json(Order.Rehydrate(JsonSerializer.Deserialize<OrderSnapshot>(json, OrderJson.Options)!)) == json;
            return timelineMatchesVersion.Label("timeline versions run 1..Version")
                .And(cancelledMeansNothingActive.Label("a cancelled order has no active line"))
                .And(nothingHandedOverWhenCancelled.Label("a cancelled order never shipped anything"))
                .And(capturedWithinAuthorized.Label("captures stay within the authorization"))
                .And(roundTrips.Label("JSON round trip"));
        });

    private static Order NewOrder() => OrderBuilder.From(new NewOrderRequestBuilder()
            .WithShipLine("SKU-A", 2, 10m)
            .WithBopisLine("SKU-B", 1, 20m, "STORE-NYC-5TH")
            .WithRopisLine("SKU-C", 1, 30m, "STORE-NYC-5TH"))
        .Build();

    /// <summary>
    /// Commands that move an order forward are drawn twelve times as often as the others; with uniform odds nearly
    /// every run ends in an early cancellation and the later states are never exercised.
    /// </summary>
    private static Gen<(int Command, int LineIndex)[]> Commands() =>
        from length in Gen.Choose(0, 60)
        from commands in Gen.ArrayOf(
            from command in Gen.Frequency(
                (12, Gen.Elements(ForwardCommands)),
                (1, Gen.Choose(0, CommandCount - 1)))
            from lineIndex in Gen.Choose(0, 2)
            select (command, lineIndex),
            length)
        select commands;

    /// <summary>Runs one command; false when the order refused it.</summary>
    private static bool TryRun(Order order, int command, int lineIndex, DateTimeOffset at)
    {
        const string Actor = OrderBuilder.Orchestrator;
        string lineId = order.Lines[lineIndex].LineId;
        try
        {
            switch (command)
            {
                case 0: OrderBuilder.FromExisting(order).AddressValidated(); break;
                case 1: order.RecordFraudAssessment(OrderBuilder.Assessment(FraudDecision.Accept), Actor, at); break;
                case 2: order.RecordFraudAssessment(OrderBuilder.Assessment(FraudDecision.Review, 60), Actor, at); break;
                case 3: order.AcceptAfterFraudReview("Checked.", "operations:alice", at); break;
                case 4: order.RecordPaymentAuthorization(OrderBuilder.AuthorizationFor(order), Actor, at); break;
                case 5: order.ApplyAllocation(OrderBuilder.AllocateEverything(order), Actor, at); break;
                case 6: order.ApplyAllocation(new AllocationPlan("routing/x", new RuleSetReference("network-default", 12), [], [.. OrderBuilder.Waiting(order).Select(line => line.LineId)]), Actor, at); break;
                case 7: order.Release(Actor, at); break;
                case 8: order.MarkLinesShipped([lineId], "node:DC-NJ-EDISON", at); break;
                case 9: order.MarkLinesReadyForPickup([lineId], "store:STORE-NYC-5TH", at); break;
                case 10: order.MarkLinesPickedUp([lineId], "store:STORE-NYC-5TH", at); break;
                case 11: order.CancelLines([lineId], "Customer request.", "customer", at); break;
                case 12: order.Cancel("Customer request.", "customer", at); break;
                case 13: order.Deallocate([lineId], "Node rejected.", Actor, at); break;
                case 14: order.ParkForReview("Looks odd.", "operations:alice", at); break;
                case 15: order.ResumeFromReview("Fine.", "operations:alice", at); break;
                case 16: order.RecordCapture("auth_1001", new PaymentCapture($"cap_{at.Ticks}", 10m, at), Actor, at); break;
                case 17: order.Complete(Actor, at); break;
                case 18: order.GiveUpBackorders("Discontinued.", Actor, at); break;
                case 19: order.RejectForDeclinedPayment("card_declined", Actor, at); break;
                default: order.RecordVoid("auth_1001", Actor, at); break;
            }

            return true;
        }
        catch (OrderRuleException)
        {
            return false;
        }
    }

    private static string Json(Order order) => JsonSerializer.Serialize(order.ToSnapshot(), OrderJson.Options);
}
