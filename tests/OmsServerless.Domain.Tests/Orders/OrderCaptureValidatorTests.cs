using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Tests.Addresses;

namespace OmsServerless.Domain.Tests.Orders;

public sealed class OrderCaptureValidatorTests
{
    [Fact]
    public void Valid_ship_to_home_request_has_no_faults()
    {
        Assert.Empty(OrderCaptureValidator.Validate(NewOrderRequestBuilder.ShipToHome().Build()));
    }

    [Fact]
    public void Every_fault_is_reported_with_its_path_not_just_the_first()
    {
        NewOrderRequest request = new NewOrderRequestBuilder()
            .WithChannel(null)
            .WithCustomer(" ")
            .WithEmail("ada@@example")
            .WithCurrency("EURO")
            .WithPaymentToken(null)
            .WithAddresses(shippingAddress: null, billingAddress: null)
            .WithShipLine("SKU-A", 0, 10m)
            .WithLine(new NewOrderLine { Sku = "SKU B", Quantity = 1000, UnitPrice = -1m })
            .WithBopisLine("", 1, 10m, storeId: " ")
            .WithLine(null)
            .Build();

        IReadOnlyList<OrderCaptureFault> faults = OrderCaptureValidator.Validate(request);

        Assert.Equal(
            [
                ("channel", OrderCaptureFaultCodes.Required),
                ("customerId", OrderCaptureFaultCodes.Required),
                ("customerEmail", OrderCaptureFaultCodes.InvalidFormat),
                ("currency", OrderCaptureFaultCodes.InvalidFormat),
                ("lines[0].quantity", OrderCaptureFaultCodes.OutOfRange),
                ("lines[1].sku", OrderCaptureFaultCodes.InvalidFormat),
                ("lines[1].quantity", OrderCaptureFaultCodes.OutOfRange),
                ("lines[1].unitPrice", OrderCaptureFaultCodes.OutOfRange),
                ("lines[1].deliveryMethod", OrderCaptureFaultCodes.Required),
                ("lines[2].sku", OrderCaptureFaultCodes.Required),
                ("lines[2].storeId", OrderCaptureFaultCodes.Required),
                ("lines[3]", OrderCaptureFaultCodes.Required),
                ("shippingAddress", OrderCaptureFaultCodes.Required),
                ("billingAddress", OrderCaptureFaultCodes.Required),
                ("paymentToken", OrderCaptureFaultCodes.Required),
            ],
            faults.Select(fault => (fault.Path, fault.Code)));
        Assert.All(faults, fault => Assert.False(string.IsNullOrWhiteSpace(fault.Message)));
    }

    [Fact]
    public void A_preference_outside_the_known_choices_is_refused()
    {
        NewOrderRequest request = NewOrderRequestBuilder.ShipToHome().Build() with { Preference = (CustomerPreference)42 };

        OrderCaptureFault fault = Assert.Single(OrderCaptureValidator.Validate(request));

        Assert.Equal(("preference", OrderCaptureFaultCodes.OutOfRange), (fault.Path, fault.Code));
    }

    [Fact]
    public void Order_without_lines_is_refused()
    {
        NewOrderRequest request = NewOrderRequestBuilder.ShipToHome().Build() with { Lines = [] };

        Assert.Equal(("lines", OrderCaptureFaultCodes.Required), Single(request));
    }

    [Fact]
    public void Too_many_lines_are_refused()
    {
        var builder = NewOrderRequestBuilder.ShipToHome();
        for (int index = 0; index <= OrderCaptureLimits.MaxLines; index++)
        {
            builder.WithShipLine($"SKU-{index}", 1, 1m);
        }

        Assert.Equal(("lines", OrderCaptureFaultCodes.OutOfRange), Single(builder.Build()));
    }

    [Property]
    public Property Quantity_is_valid_exactly_from_one_to_the_per_line_maximum() =>
        Prop.ForAll(Gen.Choose(-50, OrderCaptureLimits.MaxQuantityPerLine + 50).ToArbitrary(), quantity =>
        {
            NewOrderRequest request = NewOrderRequestBuilder.ShipToHome().WithShipLine("SKU-A", quantity, 10m).Build();
            bool valid = OrderCaptureValidator.Validate(request).Count == 0;
            return valid == quantity is >= 1 and <= OrderCaptureLimits.MaxQuantityPerLine;
        });

    [Fact]
    public void Order_of_only_ropis_lines_needs_no_token_and_no_addresses()
    {
        Assert.Empty(OrderCaptureValidator.Validate(NewOrderRequestBuilder.ReserveAndPayInStore().Build()));
    }

    [Fact]
    public void Order_of_only_ropis_lines_must_not_carry_a_payment_token()
    {
        NewOrderRequest request = NewOrderRequestBuilder.ReserveAndPayInStore().WithPaymentToken("tok_visa").Build();

        Assert.Equal(("paymentToken", OrderCaptureFaultCodes.NotAllowed), Single(request));
    }

    [Fact]
    public void Mixed_ropis_and_paid_lines_need_a_token_and_billing_address_for_the_paid_lines()
    {
        NewOrderRequest request = new NewOrderRequestBuilder()
            .WithRopisLine("SKU-A", 1, 50m, "STORE-NYC-5TH")
            .WithBopisLine("SKU-B", 1, 30m, "STORE-NYC-5TH")
            .WithPaymentToken(null)
            .WithAddresses(shippingAddress: null, billingAddress: null)
            .Build();

        IReadOnlyList<OrderCaptureFault> faults = OrderCaptureValidator.Validate(request);

        Assert.Equal(["billingAddress", "paymentToken"], faults.Select(fault => fault.Path));
    }

    [Theory]
    [InlineData(DeliveryMethod.Bopis)]
    [InlineData(DeliveryMethod.Ropis)]
    [InlineData(DeliveryMethod.ShipToStore)]
    public void Lines_collected_in_store_need_a_store_id(DeliveryMethod method)
    {
        NewOrderRequest request = NewOrderRequestBuilder.ShipToHome()
            .WithLine(new NewOrderLine { Sku = "SKU-A", Quantity = 1, UnitPrice = 10m, DeliveryMethod = method })
            .WithShipLine("SKU-B", 1, 10m)
            .Build();

        Assert.Equal(("lines[0].storeId", OrderCaptureFaultCodes.Required), Single(request));
    }

    [Fact]
    public void Ship_to_address_line_must_not_name_a_store()
    {
        NewOrderRequest request = NewOrderRequestBuilder.ShipToHome()
            .WithLine(new NewOrderLine { Sku = "SKU-A", Quantity = 1, UnitPrice = 10m, DeliveryMethod = DeliveryMethod.ShipToAddress, StoreId = "STORE-1" })
            .Build();

        Assert.Equal(("lines[0].storeId", OrderCaptureFaultCodes.NotAllowed), Single(request));
    }

    [Fact]
    public void Shipping_address_is_refused_when_no_line_ships_to_an_address()
    {
        NewOrderRequest request = new NewOrderRequestBuilder()
            .WithBopisLine("SKU-A", 1, 10m, "STORE-NYC-5TH")
            .WithAddresses(AddressBuilder.NewYork().Build(), AddressBuilder.NewYork().Build())
            .Build();

        Assert.Equal(("shippingAddress", OrderCaptureFaultCodes.NotAllowed), Single(request));
    }

    [Fact]
    public void Address_fields_missing_at_capture_are_reported_with_nested_paths()
    {
        PostalAddress blank = new(" ", null, "", "NY", "10001", "");
        NewOrderRequest request = NewOrderRequestBuilder.ShipToHome().WithAddresses(blank, AddressBuilder.NewYork().Build()).Build();

        Assert.Equal(
            ["shippingAddress.line1", "shippingAddress.city", "shippingAddress.country"],
            OrderCaptureValidator.Validate(request).Select(fault => fault.Path));
    }

    [Fact]
    public void Unit_price_may_not_be_more_precise_than_the_currency()
    {
        NewOrderRequest request = NewOrderRequestBuilder.ShipToHome().WithCurrency("JPY").WithShipLine("SKU-A", 1, 1500.5m).Build();

        Assert.Equal(("lines[0].unitPrice", OrderCaptureFaultCodes.InvalidFormat), Single(request));
    }

    [Fact]
    public void Duplicate_line_ids_name_the_first_use()
    {
        NewOrderRequest request = NewOrderRequestBuilder.ShipToHome()
            .WithShipLine("SKU-A", 1, 10m, lineId: "a")
            .WithShipLine("SKU-B", 1, 10m, lineId: "a")
            .Build();

        OrderCaptureFault fault = Assert.Single(OrderCaptureValidator.Validate(request));
        Assert.Equal(("lines[1].lineId", OrderCaptureFaultCodes.Duplicate), (fault.Path, fault.Code));
        Assert.Contains("lines[0]", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Free_order_paid_online_is_refused_because_nothing_could_be_authorized()
    {
        NewOrderRequest request = NewOrderRequestBuilder.ShipToHome().WithShipLine("SKU-FREEBIE", 1, 0m).Build();

        Assert.Equal(("lines", OrderCaptureFaultCodes.OutOfRange), Single(request));
    }

    [Theory]
    [InlineData("ada@example.com", true)]
    [InlineData("ada.lovelace+orders@mail.example.co.uk", true)]
    [InlineData("ada@example", false)]
    [InlineData("ada example.com", false)]
    [InlineData("@example.com", false)]
    [InlineData("ada@.com", false)]
    public void Email_needs_a_local_part_and_a_dotted_domain(string email, bool valid)
    {
        NewOrderRequest request = NewOrderRequestBuilder.ShipToHome().WithEmail(email).Build();

        Assert.Equal(valid, OrderCaptureValidator.Validate(request).Count == 0);
    }

    private static (string Path, string Code) Single(NewOrderRequest request)
    {
        OrderCaptureFault fault = Assert.Single(OrderCaptureValidator.Validate(request));
        return (fault.Path, fault.Code);
    }
}
