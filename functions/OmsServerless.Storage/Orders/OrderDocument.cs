using System.Text.Json;
using System.Text.Json.Nodes;
using OmsServerless.Domain.Orders;

namespace OmsServerless.Storage.Orders;

/// <summary>
/// An order as a Cosmos document: exactly the snapshot's JSON (<see cref="OrderJson.Options"/>: camelCase, enums as
/// strings) with the "id" Cosmos requires, equal to the order id, in front. Reading ignores "id" and the system
/// properties Cosmos adds (_etag, _ts, ...), so a stored document deserializes straight back into the snapshot.
/// </summary>
internal static class OrderDocument
{
    public static MemoryStream Write(OrderSnapshot order)
    {
        JsonObject document = JsonSerializer.SerializeToNode(order, OrderJson.Options)!.AsObject();
        document.Insert(0, "id", order.OrderId);
        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            document.WriteTo(writer);
        }

        stream.Position = 0;
        return stream;
    }

    public static async Task<OrderSnapshot> ReadAsync(Stream document, CancellationToken cancellationToken) =>
        await JsonSerializer.DeserializeAsync<OrderSnapshot>(document, OrderJson.Options, cancellationToken)
        ?? throw new JsonException("An order document was the JSON literal null.");
}
