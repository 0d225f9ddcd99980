using System.Text.RegularExpressions;
using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Payments;

namespace OmsServerless.Domain.Orders;

/// <summary>
/// The rules a new order must meet before the OMS accepts it. Returns every fault with its path, so a client fixes
/// its request in one round trip; an empty list means the order can be created.
/// </summary>
/// <remarks>
/// Payment: ROPIS lines are paid at the till, every other line online. An order with any line paid online needs a
/// payment token and a billing address and is authorized for the online lines only; an order whose lines are all
/// ROPIS must not carry a token, because nothing will ever be charged to it. Addresses are checked here only for
/// presence of street, city and country: postal verification runs in the order workflow, where a bad address
/// rejects the order with a message to the customer.
/// </remarks>
public static partial class OrderCaptureValidator
{
    public static IReadOnlyList<OrderCaptureFault> Validate(NewOrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var faults = new List<OrderCaptureFault>();
        if (request.Channel is null)
        {
            faults.Add(Required("channel", "Channel"));
        }

        if (request.Preference is { } preference && !Enum.IsDefined(preference))
        {
            faults.Add(new("preference", OrderCaptureFaultCodes.OutOfRange, "Preference must be standard, fastest, cheapest or fewestPackages."));
        }

        CheckIdentifier(faults, "customerId", request.CustomerId, "Customer id", OrderCaptureLimits.MaxIdLength);
        CheckEmail(faults, request.CustomerEmail);
        string? currency = CheckCurrency(faults, request.Currency);
        IReadOnlyList<NewOrderLine> lines = CheckLines(faults, request.Lines, currency);

        if (lines.Count > 0)
        {
            // Which addresses and whether a token are needed follows from the lines; without lines there is nothing to say.
            bool shipsToAddress = lines.Any(line => line.DeliveryMethod == DeliveryMethod.ShipToAddress);
            bool paidOnline = lines.Any(line => line.DeliveryMethod is { } method && method.IsPaidOnline());
            bool allPaidInStore = lines.All(line => line.DeliveryMethod == DeliveryMethod.Ropis);
            CheckAddress(faults, "shippingAddress", request.ShippingAddress, shipsToAddress, "a line ships to an address");
            CheckAddress(faults, "billingAddress", request.BillingAddress, paidOnline, "a line is paid online");
            CheckPaymentToken(faults, request.PaymentToken, paidOnline, allPaidInStore);
            CheckPayableAmount(faults, lines);
        }

        return faults;
    }

    private static void CheckPayableAmount(List<OrderCaptureFault> faults, IReadOnlyList<NewOrderLine> lines)
    {
        List<NewOrderLine> paidOnline = [.. lines.Where(line => line.DeliveryMethod is { } method && method.IsPaidOnline())];
        bool amountsKnown = paidOnline.All(line => line.Quantity is >= 1 && line.UnitPrice is >= 0m);
        if (paidOnline.Count > 0 && amountsKnown && paidOnline.Sum(line => line.Quantity!.Value * line.UnitPrice!.Value) == 0m)
        {
            faults.Add(new("lines", OrderCaptureFaultCodes.OutOfRange, "Lines paid online must add up to more than zero; a free order cannot be authorized."));
        }
    }

    private static IReadOnlyList<NewOrderLine> CheckLines(List<OrderCaptureFault> faults, IReadOnlyList<NewOrderLine?>? lines, string? currency)
    {
        if (lines is null || lines.Count == 0)
        {
            faults.Add(new("lines", OrderCaptureFaultCodes.Required, "An order needs at least one line."));
            return [];
        }

        if (lines.Count > OrderCaptureLimits.MaxLines)
        {
            faults.Add(new("lines", OrderCaptureFaultCodes.OutOfRange, $"An order can have at most {OrderCaptureLimits.MaxLines} lines, not {lines.Count}."));
        }

        var present = new List<NewOrderLine>();
        var firstIndexByLineId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int index = 0; index < lines.Count; index++)
        {
            string path = $"lines[{index}]";
            if (lines[index] is not { } line)
            {
                faults.Add(Required(path, "Line"));
                continue;
            }

            present.Add(line);
            CheckLineId(faults, path, line.LineId, index, firstIndexByLineId);
            CheckSku(faults, path, line.Sku);
            CheckQuantity(faults, path, line.Quantity);
            CheckUnitPrice(faults, path, line.UnitPrice, currency);
            CheckDeliveryMethod(faults, path, line);
        }

        return present;
    }

    private static void CheckLineId(List<OrderCaptureFault> faults, string path, string? lineId, int index, Dictionary<string, int> firstIndexByLineId)
    {
        if (lineId is null)
        {
            return;
        }

        if (!LineIdPattern().IsMatch(lineId) || lineId.Length > OrderCaptureLimits.MaxLineIdLength)
        {
            faults.Add(new(
                $"{path}.lineId",
                OrderCaptureFaultCodes.InvalidFormat,
                $"Line id must be 1 to {OrderCaptureLimits.MaxLineIdLength} letters, digits, '-' or '_'."));
        }
        else if (!firstIndexByLineId.TryAdd(lineId, index))
        {
            faults.Add(new(
                $"{path}.lineId",
                OrderCaptureFaultCodes.Duplicate,
                $"Line id '{lineId}' is already used by lines[{firstIndexByLineId[lineId]}]."));
        }
    }

    private static void CheckSku(List<OrderCaptureFault> faults, string path, string? sku)
    {
        if (string.IsNullOrWhiteSpace(sku))
        {
            faults.Add(Required($"{path}.sku", "SKU"));
        }
        else if (sku.Length > OrderCaptureLimits.MaxIdLength || sku.Any(char.IsWhiteSpace))
        {
            faults.Add(new($"{path}.sku", OrderCaptureFaultCodes.InvalidFormat, $"SKU must be at most {OrderCaptureLimits.MaxIdLength} characters without spaces."));
        }
    }

    private static void CheckQuantity(List<OrderCaptureFault> faults, string path, int? quantity)
    {
        if (quantity is null)
        {
            faults.Add(Required($"{path}.quantity", "Quantity"));
        }
        else if (quantity is < 1 or > OrderCaptureLimits.MaxQuantityPerLine)
        {
            faults.Add(new(
                $"{path}.quantity",
                OrderCaptureFaultCodes.OutOfRange,
                $"Quantity must be between 1 and {OrderCaptureLimits.MaxQuantityPerLine}, not {quantity}."));
        }
    }

    private static void CheckUnitPrice(List<OrderCaptureFault> faults, string path, decimal? unitPrice, string? currency)
    {
        if (unitPrice is null)
        {
            faults.Add(Required($"{path}.unitPrice", "Unit price"));
        }
        else if (unitPrice is < 0m or > OrderCaptureLimits.MaxUnitPrice)
        {
            faults.Add(new(
                $"{path}.unitPrice",
                OrderCaptureFaultCodes.OutOfRange,
                $"Unit price must be between 0 and {OrderCaptureLimits.MaxUnitPrice}, not {unitPrice}."));
        }
        else if (currency is not null && !IsoCurrency.FitsMinorUnits(unitPrice.Value, currency))
        {
            faults.Add(new(
                $"{path}.unitPrice",
                OrderCaptureFaultCodes.InvalidFormat,
                $"Unit price {unitPrice} has more decimals than {currency} allows ({IsoCurrency.MinorUnits(currency)})."));
        }
    }

    private static void CheckDeliveryMethod(List<OrderCaptureFault> faults, string path, NewOrderLine line)
    {
        if (line.DeliveryMethod is not { } method)
        {
            faults.Add(Required($"{path}.deliveryMethod", "Delivery method"));
            return;
        }

        bool hasStore = !string.IsNullOrWhiteSpace(line.StoreId);
        if (method.IsCollectedInStore() && !hasStore)
        {
            faults.Add(new($"{path}.storeId", OrderCaptureFaultCodes.Required, $"Store id is required for {method}: it names the store the customer collects from."));
        }
        else if (!method.IsCollectedInStore() && line.StoreId is not null)
        {
            faults.Add(new($"{path}.storeId", OrderCaptureFaultCodes.NotAllowed, "Store id applies only to lines collected in store; routing picks the node that ships."));
        }
        else if (hasStore && line.StoreId!.Length > OrderCaptureLimits.MaxIdLength)
        {
            faults.Add(new($"{path}.storeId", OrderCaptureFaultCodes.TooLong, $"Store id must be at most {OrderCaptureLimits.MaxIdLength} characters."));
        }
    }

    private static void CheckAddress(List<OrderCaptureFault> faults, string path, PostalAddress? address, bool needed, string because)
    {
        if (address is null)
        {
            if (needed)
            {
                faults.Add(new(path, OrderCaptureFaultCodes.Required, $"An address is required because {because}."));
            }

            return;
        }

        if (!needed && path == "shippingAddress")
        {
            faults.Add(new(path, OrderCaptureFaultCodes.NotAllowed, "No line ships to an address; leave the shipping address out."));
            return;
        }

        if (string.IsNullOrWhiteSpace(address.Line1))
        {
            faults.Add(Required($"{path}.line1", "Street address"));
        }

        if (string.IsNullOrWhiteSpace(address.City))
        {
            faults.Add(Required($"{path}.city", "City"));
        }

        if (string.IsNullOrWhiteSpace(address.Country))
        {
            faults.Add(Required($"{path}.country", "Country"));
        }
    }

    private static void CheckPaymentToken(List<OrderCaptureFault> faults, string? paymentToken, bool paidOnline, bool allPaidInStore)
    {
        bool hasToken = !string.IsNullOrWhiteSpace(paymentToken);
        if (paidOnline && !hasToken)
        {
            faults.Add(new("paymentToken", OrderCaptureFaultCodes.Required, "A payment token is required because a line is paid online."));
        }
        else if (allPaidInStore && paymentToken is not null)
        {
            faults.Add(new("paymentToken", OrderCaptureFaultCodes.NotAllowed, "Every line is reserved and paid in store; nothing is charged online, so send no payment token."));
        }
        else if (hasToken && paymentToken!.Length > OrderCaptureLimits.MaxPaymentTokenLength)
        {
            faults.Add(new("paymentToken", OrderCaptureFaultCodes.TooLong, $"Payment token must be at most {OrderCaptureLimits.MaxPaymentTokenLength} characters."));
        }
    }

    private static void CheckIdentifier(List<OrderCaptureFault> faults, string path, string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            faults.Add(Required(path, label));
        }
        else if (value.Length > maxLength)
        {
            faults.Add(new(path, OrderCaptureFaultCodes.TooLong, $"{label} must be at most {maxLength} characters."));
        }
    }

    private static void CheckEmail(List<OrderCaptureFault> faults, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            faults.Add(Required("customerEmail", "Customer email"));
        }
        else if (email.Length > OrderCaptureLimits.MaxEmailLength || !EmailPattern().IsMatch(email) || email.IndexOf('@', StringComparison.Ordinal) > 64)
        {
            faults.Add(new("customerEmail", OrderCaptureFaultCodes.InvalidFormat, $"'{email}' is not an email address."));
        }
    }

    private static string? CheckCurrency(List<OrderCaptureFault> faults, string? currency)
    {
        if (string.IsNullOrWhiteSpace(currency))
        {
            faults.Add(Required("currency", "Currency"));
            return null;
        }

        if (!IsoCurrency.IsKnown(currency))
        {
            faults.Add(new("currency", OrderCaptureFaultCodes.InvalidFormat, $"'{currency}' is not an ISO 4217 currency code (upper case, e.g. USD)."));
            return null;
        }

        return currency;
    }

    private static OrderCaptureFault Required(string path, string label) =>
        new(path, OrderCaptureFaultCodes.Required, $"{label} is required.");

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex LineIdPattern();

    // Deliberately simple: one @, no spaces, a dot in the domain. Whether the mailbox exists is for the confirmation email to find out.
    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
