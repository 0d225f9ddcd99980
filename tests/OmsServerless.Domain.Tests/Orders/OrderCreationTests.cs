using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Sourcing;

namespace OmsServerless.Domain.Tests.Orders;

public sealed class OrderCreationTests
{
    [Fact]
    public void New_order_is_received_at_version_one_with_a_created_entry()
    {
        Order order = Order.Create("ord-1", NewOrderRequestBuilder.ShipToHome().Build(), OrderClock.PlacedAt, "customer");

        Assert.Equal(OrderStatus.Received, order.Status);
        Assert.Equal(1, order.Version);
        OrderTimelineEntry entry = Assert.Single(order.Timeline);
        Assert.Equal((1L, OrderEventKind.Created, "customer", OrderClock.PlacedAt), (entry.Version, entry.Event, entry.Actor, entry.At));
        Assert.All(order.Lines, line => Assert.Equal(OrderLineStatus.Open, line.Status));
    }

    [Fact]
    public void The_customers_delivery_preference_is_kept_and_standard_when_not_given()
    {
        NewOrderRequest request = NewOrderRequestBuilder.ShipToHome().Build();

        Order standard = Order.Create("ord-1", request, OrderClock.PlacedAt, "customer");
        Order fewestPackages = Order.Create("ord-2", request with { Preference = CustomerPreference.FewestPackages }, OrderClock.PlacedAt, "customer");

        Assert.Equal(CustomerPreference.Standard, standard.Preference);
        Assert.Equal(CustomerPreference.FewestPackages, Order.Rehydrate(fewestPackages.ToSnapshot()).Preference);
    }

    [Fact]
    public void Lines_without_ids_are_numbered_around_the_ids_the_client_chose()
    {
        NewOrderRequest request = NewOrderRequestBuilder.ShipToHome()
            .WithShipLine("SKU-A", 1, 10m)
            .WithShipLine("SKU-B", 1, 10m, lineId: "2")
            .WithShipLine("SKU-C", 1, 10m)
            .Build();

        Order order = Order.Create("ord-1", request, OrderClock.PlacedAt, "customer");

        Assert.Equal(["1", "2", "3"], order.Lines.Select(line => line.LineId));
    }

    [Fact]
    public void Payable_amount_leaves_out_lines_paid_in_store()
    {
        NewOrderRequest request = NewOrderRequestBuilder.ShipToHome()
            .WithShipLine("SKU-A", 2, 25m)
            .WithBopisLine("SKU-B", 1, 40m, "STORE-NYC-5TH")
            .WithRopisLine("SKU-C", 1, 99.99m, "STORE-NYC-5TH")
            .Build();

        Order order = Order.Create("ord-1", request, OrderClock.PlacedAt, "customer");

        Assert.Equal(189.99m, order.TotalAmount);
        Assert.Equal(90m, order.PayableAmount);
        Assert.True(order.RequiresPayment);
    }

    [Fact]
    public void Order_whose_lines_are_all_ropis_needs_no_payment()
    {
        Order order = Order.Create("ord-1", NewOrderRequestBuilder.ReserveAndPayInStore().Build(), OrderClock.PlacedAt, "customer");

        Assert.False(order.RequiresPayment);
        Assert.Equal(0m, order.PayableAmount);
        Assert.Null(order.PaymentToken);
        Assert.Equal(DeliveryMethod.Ropis, Assert.Single(order.Lines).DeliveryMethod);
    }

    [Fact]
    public void Invalid_request_is_refused_with_every_fault()
    {
        NewOrderRequest request = NewOrderRequestBuilder.ShipToHome().WithCurrency("usd").WithEmail("nope").Build();

        var refusal = Assert.Throws<OrderRuleException>(() => Order.Create("ord-1", request, OrderClock.PlacedAt, "customer"));

        Assert.Equal(OrderErrorCodes.CaptureInvalid, refusal.Code);
        Assert.Equal(["customerEmail", "currency"], refusal.Faults.Select(fault => fault.Path));
    }
}
