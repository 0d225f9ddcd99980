using Microsoft.DurableTask;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OmsServerless.Domain.Addresses;
using OmsServerless.Workflows.Activities;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows;

/// <summary>The order orchestration's tasks and services, registered the same way by every host.</summary>
public static class OrderWorkflows
{
    public static void Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddOrchestrator<OrderOrchestrator>();
        registry.AddActivity<ScreenOrderActivity>();
        registry.AddActivity<ResolveFraudReviewActivity>();
        registry.AddActivity<AuthorizePaymentActivity>();
        registry.AddActivity<VoidPaymentActivity>();
        registry.AddActivity<ReduceAuthorizationActivity>();
        registry.AddActivity<SourceOrderActivity>();
        registry.AddActivity<ReserveInventoryActivity>();
        registry.AddActivity<ReleaseReservationsActivity>();
        registry.AddActivity<CommitAllocationActivity>();
        registry.AddActivity<CancelOrderActivity>();
        registry.AddActivity<ParkOrderActivity>();
        registry.AddActivity<ResumeOrderActivity>();
        registry.AddActivity<GiveUpBackordersActivity>();
    }

    /// <summary>The services activities need besides the storage ports; settings from "Workflows:Orders".</summary>
    public static IServiceCollection AddOrderWorkflows(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OrderUpdater>();
        services.TryAddSingleton<FulfillmentCapacity>();
        services.TryAddSingleton<AddressValidator>();
        services.TryAddSingleton(configuration.GetSection(OrderWorkflowSettings.SectionName).Get<OrderWorkflowSettings>() ?? new OrderWorkflowSettings());
        return services;
    }
}
