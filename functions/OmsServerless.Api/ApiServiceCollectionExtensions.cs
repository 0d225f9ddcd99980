using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OmsServerless.Api.Http;
using OmsServerless.Api.Inventory;
using OmsServerless.Api.Network;
using OmsServerless.Api.OpenApi;
using OmsServerless.Api.Orders;
using OmsServerless.Api.RuleSets;
using OmsServerless.Api.Security;
using OmsServerless.Domain.Availability;

namespace OmsServerless.Api;

/// <summary>Registers the HTTP handlers and what they share; both hosts call this.</summary>
public static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddOmsApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(ChannelInventoryPolicy.Default);
        services.TryAddSingleton<ApiKeyAuthenticator>();
        services.TryAddSingleton<ApiPipeline>();
        services.TryAddSingleton<ApiRequest>();
        services.TryAddSingleton<AvailabilityReader>();
        services.TryAddSingleton<GetSkuAvailabilityHandler>();
        services.TryAddSingleton<CartAvailabilityHandler>();
        services.TryAddSingleton<NearbyStoresHandler>();
        services.TryAddSingleton<RecordMovementHandler>();
        services.TryAddSingleton<GetLedgerHandler>();
        services.TryAddSingleton<ListNodesHandler>();
        services.TryAddSingleton<GetOpenApiDocumentHandler>();
        services.TryAddSingleton<OrderWorkflowClient>();
        services.TryAddSingleton<PlaceOrderHandler>();
        services.TryAddSingleton<GetOrderHandler>();
        services.TryAddSingleton<CancelOrderHandler>();
        services.TryAddSingleton<OperationsDecisionHandler>();
        services.TryAddSingleton<ListCustomerOrdersHandler>();
        services.TryAddSingleton<RuleSetHandler>();
        return services;
    }
}
