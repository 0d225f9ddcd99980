using Microsoft.AspNetCore.Http;
using OmsServerless.Api.Http;
using OmsServerless.Api.Inventory.Contracts;
using OmsServerless.Api.Problems;
using OmsServerless.Domain.Availability;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Geography;
using OmsServerless.Api.Security;

namespace OmsServerless.Api.Inventory;

/// <summary>POST inventory/availability: can this cart ship complete, per SKU and as a whole, and from where?</summary>
public sealed class CartAvailabilityHandler(
    ApiPipeline pipeline, ApiRequest input, AvailabilityReader reader, IPostalCodeDirectory postalCodes)
{
    private static readonly CartAvailabilityRequestValidator Validator = new();

    public static AccessPolicy Access { get; } = AccessPolicy.AnyCaller;

    public Task<IResult> HandleAsync(HttpRequest request) =>
        pipeline.RunAsync(request, Access, async (caller, cancellationToken) =>
        {
            CartAvailabilityRequest body = await input.ReadJsonAsync(request, Validator, cancellationToken);
            SalesChannel channel = ChannelResolver.Resolve(caller, body.Channel);
            PostalCodeLocation? destination = body.Destination is null ? null : Geocode(body.Destination);

            CartLine[] lines = body.Lines!.Select(l => new CartLine(l.Sku!, l.Quantity!.Value)).ToArray();
            string[] skus = lines.Select(l => l.Sku).Distinct(StringComparer.Ordinal).ToArray();
            SkuAvailability?[] availability = await Task.WhenAll(skus.Select(sku => reader.ForSkuAsync(sku, channel, cancellationToken)));

            var unknown = new Dictionary<string, string[]>(StringComparer.Ordinal);
            for (int i = 0; i < lines.Length; i++)
            {
                if (availability[Array.IndexOf(skus, lines[i].Sku)] is null)
                {
                    unknown[$"lines[{i}].sku"] = [$"SKU '{lines[i].Sku}' is not in the catalog."];
                }
            }

            if (unknown.Count > 0)
            {
                throw new ApiProblemException(ProblemType.UnknownReference, "The cart names SKUs that do not exist.", unknown);
            }

            Dictionary<string, SkuAvailability> bySku = availability.ToDictionary(a => a!.Sku, a => a!, StringComparer.Ordinal);
            CartAvailability cart = CartAvailabilityCalculator.Evaluate(lines, bySku, destination?.Point);
            return Results.Json(
                CartAvailabilityResponse.From(cart, channel, destination is null ? null : LocationResponse.From(destination)),
                ApiJson.Options);
        });

    private PostalCodeLocation Geocode(DestinationRequest destination)
    {
        string country = string.IsNullOrWhiteSpace(destination.Country) ? "US" : destination.Country;
        return postalCodes.TryLocate(country, destination.PostalCode!, out PostalCodeLocation location)
            ? location
            : throw ApiProblemException.Field(ProblemType.UnknownReference, "destination.postalCode",
                $"'{destination.PostalCode}' is not a known {country.ToUpperInvariant()} postal code.");
    }
}
