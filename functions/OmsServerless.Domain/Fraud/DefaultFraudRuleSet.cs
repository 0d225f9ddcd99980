namespace OmsServerless.Domain.Fraud;

/// <summary>
/// The rule set the demo retailer (a US and Canada omnichannel retailer selling in USD) starts with. Operations
/// replace it through the API; this is the baseline a fresh installation screens with.
/// </summary>
public static class DefaultFraudRuleSet
{
    /// <summary>
    /// Scores are tuned so no single soft signal reaches review (50) on its own, two strong ones do, and reject (90)
    /// needs several; deny-listed customers and embargoed destinations are rejected outright. The postal code and
    /// email domain lists are examples to replace with the retailer's own chargeback data.
    /// </summary>
    public const string Json = """
        {
          "id": "demo-retailer",
          "version": 1,
          "currency": "USD",
          "description": "Baseline screening for the demo retailer: velocity, value, address consistency and known-bad lists.",
          "thresholds": { "review": 50, "reject": 90 },
          "rules": [
            { "id": "customer-burst", "type": "velocity", "score": 30, "dimension": "customer", "windowHours": 1, "maxOrders": 3,
              "description": "More than 3 orders by one customer within an hour." },
            { "id": "customer-daily", "type": "velocity", "score": 25, "dimension": "customer", "windowHours": 24, "maxOrders": 8, "maxAmount": 5000 },
            { "id": "card-daily", "type": "velocity", "score": 40, "dimension": "cardFingerprint", "windowHours": 24, "maxOrders": 5, "maxAmount": 3000,
              "description": "One card used many times or for much money in a day: card testing or a stolen card." },
            { "id": "address-daily", "type": "velocity", "score": 25, "dimension": "shippingAddress", "windowHours": 24, "maxOrders": 5,
              "description": "Many orders to one address in a day, often from different accounts: a drop address." },
            { "id": "high-value", "type": "orderAmount", "score": 20, "above": 1000 },
            { "id": "very-high-value", "type": "orderAmount", "score": 30, "above": 5000 },
            { "id": "first-order-high-value", "type": "firstOrderAmount", "score": 25, "above": 500 },
            { "id": "billing-country-mismatch", "type": "billingShippingCountryMismatch", "score": 30 },
            { "id": "billing-state-mismatch", "type": "billingShippingRegionMismatch", "score": 10 },
            { "id": "billing-far-from-shipping", "type": "billingShippingDistance", "score": 15, "maxKm": 800 },
            { "id": "reshipper-postal-codes", "type": "riskyPostalCode", "score": 35, "country": "US",
              "postalCodes": ["33166", "33122", "33172", "33178", "97230"],
              "description": "Freight-forwarder hubs that re-export parcels." },
            { "id": "disposable-email", "type": "emailDomain", "score": 25,
              "domains": ["mailinator.com", "guerrillamail.com", "10minutemail.com", "yopmail.com", "trashmail.com", "sharklasers.com"] },
            { "id": "bulk-quantity", "type": "skuQuantity", "score": 20, "maxQuantity": 10 },
            { "id": "gift-card-quantity", "type": "skuQuantity", "score": 40, "maxQuantity": 2, "skus": ["GIFTCARD-*"],
              "description": "Gift cards are the favourite cash-out of stolen cards." },
            { "id": "new-account", "type": "accountAge", "score": 10, "minAgeHours": 24 },
            { "id": "embargoed-destination", "type": "shippingCountry", "score": 0, "hardReject": true,
              "countries": ["CU", "IR", "KP", "SY"] },
            { "id": "deny-list", "type": "denyList", "score": 0, "hardReject": true,
              "emails": ["chargeback.abuser@example.com"], "cardFingerprints": ["fp_confirmed_fraud_0001"] }
          ]
        }
        """;

    public static FraudRuleSet Load()
    {
        FraudRuleSetParseResult result = FraudRuleSetParser.Parse(Json);
        return result.RuleSet ?? throw new InvalidOperationException(
            "The default fraud rule set is invalid: " + string.Join("; ", result.Errors.Select(error => $"{error.Path} {error.Message}")));
    }
}
