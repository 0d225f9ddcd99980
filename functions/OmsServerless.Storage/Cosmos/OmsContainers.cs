using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Options;

namespace OmsServerless.Storage.Cosmos;

/// <summary>
/// The Cosmos containers OmsServerless owns. Every container is partitioned by document id: the access patterns are
/// point reads and writes of one document, which are also the cheapest in RU; list views live in Table indexes.
/// </summary>
public sealed class OmsContainers(CosmosClient client, IOptions<CosmosOptions> options)
{
    public const string Orders = "orders";

    /// <summary>Full sourcing decisions, one document per order and round, kept out of the order document.</summary>
    public const string RoutingDecisions = "routing-decisions";

    public static IReadOnlyList<string> All { get; } = [Orders, RoutingDecisions];

    private readonly CosmosOptions _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;

    public Container Get(string container) => client.GetContainer(_options.Database, _options.ContainerPrefix + container);

    public async Task CreateAllAsync(CancellationToken cancellationToken)
    {
        DatabaseResponse database = await client.CreateDatabaseIfNotExistsAsync(_options.Database, cancellationToken: cancellationToken);
        foreach (string container in All)
        {
            await database.Database.CreateContainerIfNotExistsAsync(_options.ContainerPrefix + container, "/id", cancellationToken: cancellationToken);
        }
    }
}
