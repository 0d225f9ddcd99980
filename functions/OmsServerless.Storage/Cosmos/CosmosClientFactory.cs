using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;

namespace OmsServerless.Storage.Cosmos;

/// <summary>
/// Builds the Cosmos client: gateway mode, System.Text.Json documents, and for a loopback emulator only, the
/// emulator's self-signed certificate accepted and the endpoint pinned (it advertises no other regions).
/// </summary>
public static class CosmosClientFactory
{
    /// <param name="customize">Last say over the client options (request handlers for diagnostics, for example).</param>
    public static CosmosClient Create(CosmosOptions options, JsonSerializerOptions json, Action<CosmosClientOptions>? customize = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = new Uri(options.Endpoint);
        bool loopback = endpoint.IsLoopback || (IPAddress.TryParse(endpoint.Host, out IPAddress? address) && IPAddress.IsLoopback(address));
        var clientOptions = new CosmosClientOptions
        {
            ConnectionMode = ConnectionMode.Gateway,
            UseSystemTextJsonSerializerWithOptions = json,
            ApplicationName = "OmsServerless",
        };

        if (loopback && options.TrustLocalEmulatorCertificate)
        {
            clientOptions.LimitToEndpoint = true;
            clientOptions.HttpClientFactory = () => new HttpClient(new SocketsHttpHandler
            {
                SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
                MaxConnectionsPerServer = 64,
            });
        }

        customize?.Invoke(clientOptions);
        return new CosmosClient(options.Endpoint, options.Key, clientOptions);
    }
}
