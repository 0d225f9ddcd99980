using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>
/// Rejects requests no caller should send (caller bugs, not business outcomes). Data the network does not know, such
/// as an unknown SKU or store, is a business outcome instead and ends up as unfillable units.
/// </summary>
internal static class RequestValidator
{
    public static void Validate(SourcingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.OrderId, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Destination, nameof(request));
        if (!Enum.IsDefined(request.Channel) || !Enum.IsDefined(request.Preference))
        {
            throw new ArgumentException("Unknown channel or preference.", nameof(request));
        }

        if (request.Lines is null || request.Lines.Count == 0)
        {
            throw new ArgumentException("An order needs at least one line.", nameof(request));
        }

        for (int i = 0; i < request.Lines.Count; i++)
        {
            SourcingLine line = request.Lines[i];
            if (line is null || string.IsNullOrWhiteSpace(line.LineId) || string.IsNullOrWhiteSpace(line.Sku))
            {
                throw new ArgumentException("Every line needs a line id and a SKU.", nameof(request));
            }

            for (int j = 0; j < i; j++)
            {
                if (string.Equals(request.Lines[j].LineId, line.LineId, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Line id '{line.LineId}' is used twice.", nameof(request));
                }
            }

            if (line.Quantity <= 0)
            {
                throw new ArgumentException($"Line '{line.LineId}' needs a positive quantity.", nameof(request));
            }

            if (!Enum.IsDefined(line.Method))
            {
                throw new ArgumentException($"Line '{line.LineId}' has an unknown delivery method.", nameof(request));
            }

            if (line.Method != DeliveryMethod.ShipToAddress && string.IsNullOrWhiteSpace(line.StoreId))
            {
                throw new ArgumentException($"Line '{line.LineId}' ({line.Method}) needs the chosen store.", nameof(request));
            }
        }
    }
}
