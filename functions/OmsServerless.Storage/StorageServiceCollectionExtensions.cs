using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Idempotency;
using OmsServerless.Domain.Inventory;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Payments;
using OmsServerless.Domain.RuleSets;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Storage.Capacity;
using OmsServerless.Storage.Catalog;
using OmsServerless.Storage.Cosmos;
using OmsServerless.Storage.Fraud;
using OmsServerless.Storage.Fulfillment;
using OmsServerless.Storage.Geography;
using OmsServerless.Storage.Idempotency;
using OmsServerless.Storage.Inventory;
using OmsServerless.Storage.Network;
using OmsServerless.Storage.Orders;
using OmsServerless.Storage.Payments;
using OmsServerless.Storage.Routing;
using OmsServerless.Storage.RuleSets;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage;

/// <summary>Registers the storage adapters behind the domain's ports; both hosts call this.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Configuration section of <see cref="SandboxPaymentGatewayOptions"/>.</summary>
    public const string SandboxPaymentsSection = "SandboxPayments";

    public static IServiceCollection AddOmsStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.TryAddSingleton(sp => new TableServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        services.TryAddSingleton(sp => new BlobServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        services.TryAddSingleton<OmsTables>();
        services.TryAddSingleton<OmsBlobContainers>();
        services.TryAddSingleton<TableMetadataStore>();
        services.TryAddSingleton<IPostalCodeDirectory>(_ => EmbeddedPostalCodeDirectory.Instance);
        services.TryAddSingleton<TableInventoryStore>();
        services.TryAddSingleton<IInventoryStore>(sp => sp.GetRequiredService<TableInventoryStore>());
        services.TryAddSingleton<TableInventorySeeder>();
        services.TryAddSingleton<TableNodeDirectory>();
        services.TryAddSingleton<INodeDirectory>(sp => sp.GetRequiredService<TableNodeDirectory>());
        services.TryAddSingleton<TableProductCatalog>();
        services.TryAddSingleton<IProductCatalog>(sp => sp.GetRequiredService<TableProductCatalog>());
        services.Configure<CosmosOptions>(configuration.GetSection(CosmosOptions.SectionName));
        services.TryAddSingleton(sp => CosmosClientFactory.Create(sp.GetRequiredService<IOptions<CosmosOptions>>().Value, OrderJson.Options));
        services.TryAddSingleton<OmsContainers>();
        services.TryAddSingleton<OmsStorageInitializer>();
        services.TryAddSingleton<CosmosOrderRepository>();
        services.TryAddSingleton<IOrderRepository>(sp => sp.GetRequiredService<CosmosOrderRepository>());
        services.TryAddSingleton<TableOrderIndex>();
        services.TryAddSingleton<IOrderIndex>(sp => sp.GetRequiredService<TableOrderIndex>());
        services.TryAddSingleton<TableFraudHistory>();
        services.TryAddSingleton<IFraudHistory>(sp => sp.GetRequiredService<TableFraudHistory>());
        services.Configure<IdempotencyOptions>(configuration.GetSection(IdempotencyOptions.SectionName));
        services.TryAddSingleton<TableIdempotencyStore>();
        services.TryAddSingleton<IIdempotencyStore>(sp => sp.GetRequiredService<TableIdempotencyStore>());
        services.Configure<SandboxPaymentGatewayOptions>(configuration.GetSection(SandboxPaymentsSection));
        services.TryAddSingleton<TableSandboxPaymentStore>();
        services.TryAddSingleton<ISandboxPaymentStore>(sp => sp.GetRequiredService<TableSandboxPaymentStore>());
        services.TryAddSingleton<SandboxPaymentGateway>();
        services.TryAddSingleton<IPaymentGateway>(sp => sp.GetRequiredService<SandboxPaymentGateway>());
        services.TryAddSingleton<TableNodeCapacityLedger>();
        services.TryAddSingleton<INodeCapacityLedger>(sp => sp.GetRequiredService<TableNodeCapacityLedger>());
        services.TryAddSingleton<TableFulfillmentOrderStore>();
        services.TryAddSingleton<IFulfillmentOrderStore>(sp => sp.GetRequiredService<TableFulfillmentOrderStore>());
        services.TryAddSingleton<CosmosRoutingDecisionStore>();
        services.TryAddSingleton<IRoutingDecisionStore>(sp => sp.GetRequiredService<CosmosRoutingDecisionStore>());
        services.TryAddSingleton<BlobRuleSetRepository>();
        services.TryAddSingleton<IRuleSetRepository>(sp => sp.GetRequiredService<BlobRuleSetRepository>());
        services.TryAddSingleton<ISourcingConfiguration>(sp => sp.GetRequiredService<BlobRuleSetRepository>());
        services.TryAddSingleton<IFraudRuleSetSource>(sp => sp.GetRequiredService<BlobRuleSetRepository>());
        return services;
    }
}
