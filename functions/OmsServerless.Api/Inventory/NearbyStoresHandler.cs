using Microsoft.AspNetCore.Http;
using OmsServerless.Api.Http;
using OmsServerless.Api.Inventory.Contracts;
using OmsServerless.Api.Problems;
using OmsServerless.Api.Security;
using OmsServerless.Domain.Availability;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Network;

namespace OmsServerless.Api.Inventory;

/// <summary>
/// GET stores/nearby?postalCode=&amp;radiusKm=&amp;sku=&amp;quantity=&amp;country=: the "pick up today near me" finder —
/// pickup stores within the radius, nearest first, with their ATP of the SKU when one is given.
/// </summary>
public sealed class NearbyStoresHandler(ApiPipeline pipeline, AvailabilityReader reader, IPostalCodeDirectory postalCodes)
{
    public const double DefaultRadiusKm = 40;
    public const double MaxRadiusKm = 500;

    public static AccessPolicy Access { get; } = AccessPolicy.AnyCaller;

    public Task<IResult> HandleAsync(HttpRequest request) =>
        pipeline.RunAsync(request, Access, async (caller, cancellationToken) =>
        {
            NearbyQuery query = Parse(request);
            if (!postalCodes.TryLocate(query.Country, query.PostalCode, out PostalCodeLocation origin))
            {
                throw ApiProblemException.Field(ProblemType.UnknownReference, "postalCode",
                    $"'{query.PostalCode}' is not a known {query.Country.ToUpperInvariant()} postal code.");
            }

            SalesChannel channel = ChannelResolver.Resolve(caller, request.Query["channel"]);
            SkuAvailability? availability = null;
            if (query.Sku is not null)
            {
                availability = await reader.ForSkuAsync(query.Sku, channel, cancellationToken)
                    ?? throw ApiProblemException.Field(ProblemType.UnknownReference, "sku", $"SKU '{query.Sku}' is not in the catalog.");
            }

            NodeNetwork network = await reader.GetNetworkAsync(cancellationToken);
            IReadOnlyList<NearbyStore> stores = StoreFinder.Nearby(network.Nodes, origin.Point, query.RadiusKm, availability, query.Quantity);
            return Results.Json(
                new NearbyStoresResponse(LocationResponse.From(origin), query.RadiusKm, query.Sku, query.Quantity,
                    stores.Select(NearbyStoreResponse.From).ToList()),
                ApiJson.Options);
        });

    private static NearbyQuery Parse(HttpRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? postalCode = request.Query["postalCode"];
        if (string.IsNullOrWhiteSpace(postalCode))
        {
            errors["postalCode"] = ["is required."];
        }

        double radius = DefaultRadiusKm;
        string? rawRadius = request.Query["radiusKm"];
        if (!string.IsNullOrEmpty(rawRadius) &&
            (!double.TryParse(rawRadius, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out radius) ||
             !double.IsFinite(radius) || radius <= 0 || radius > MaxRadiusKm))
        {
            errors["radiusKm"] = [$"must be a number above 0 and at most {MaxRadiusKm}."];
        }

        string? sku = request.Query["sku"];
        if (!string.IsNullOrEmpty(sku) && !Identifiers.IsValid(sku))
        {
            errors["sku"] = [Identifiers.Rule + "."];
        }

        int quantity = 1;
        string? rawQuantity = request.Query["quantity"];
        if (!string.IsNullOrEmpty(rawQuantity) &&
            (!int.TryParse(rawQuantity, System.Globalization.CultureInfo.InvariantCulture, out quantity) || quantity is < 1 or > 9999))
        {
            errors["quantity"] = ["must be a whole number between 1 and 9999."];
        }

        if (errors.Count > 0)
        {
            throw new ApiProblemException(ProblemType.ValidationFailed, string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value[0]}")), errors);
        }

        string country = request.Query["country"] is { Count: > 0 } c && !string.IsNullOrWhiteSpace(c) ? c.ToString() : "US";
        return new NearbyQuery(postalCode!, country, radius, string.IsNullOrEmpty(sku) ? null : sku, quantity);
    }

    private sealed record NearbyQuery(string PostalCode, string Country, double RadiusKm, string? Sku, int Quantity);
}
