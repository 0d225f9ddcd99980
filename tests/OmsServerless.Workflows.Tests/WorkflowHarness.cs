using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Inventory;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Payments;
using OmsServerless.Domain.Sourcing;
using OmsServerless.LocalEmulators;
using OmsServerless.Storage.Geography;
using OmsServerless.Storage.Payments;
using OmsServerless.Workflows.Orders;
using OmsServerless.Workflows.Tests.Doubles;

namespace OmsServerless.Workflows.Tests;

/// <summary>
/// The real orchestrator and activities on the in-memory Durable Task test host, over in-memory stores and the
/// sandbox payment gateway. Every wait and retry is shortened to well under a second, as the settings allow.
/// </summary>
public sealed class WorkflowHarness : IAsyncLifetime
{
    private DurableTaskTestHost? _host;

    public InMemoryOrderRepository Orders { get; } = new();

    public InMemoryOrderIndex Index { get; } = new();

    public InMemoryInventoryStore Inventory { get; } = new();

    public InMemoryFulfillmentOrderStore Fulfillment { get; } = new();

    public InMemoryRoutingDecisionStore Decisions { get; } = new();

    public InMemoryNodeCapacityLedger Capacity { get; } = new();

    public SandboxPaymentGateway Payments { get; } = new(new InMemorySandboxPaymentStore(), TimeProvider.System, Options.Create(new SandboxPaymentGatewayOptions()));

    public OrderWorkflowSettings Settings { get; } = new()
    {
        FraudReviewTimeout = TimeSpan.FromSeconds(2),
        ParkedOrderTimeout = TimeSpan.FromSeconds(2),
        BackorderRetryInterval = TimeSpan.FromMilliseconds(150),
        BackorderTimeout = TimeSpan.FromSeconds(2),
        PaymentAttempts = 3,
        PaymentFirstRetryDelay = TimeSpan.FromMilliseconds(100),
        PaymentMaxRetryDelay = TimeSpan.FromMilliseconds(200),
        ActivityFirstRetryDelay = TimeSpan.FromMilliseconds(100),
    };

    public DurableTaskClient Client => (_host ?? throw new InvalidOperationException("Not started.")).Client;

    public async Task InitializeAsync()
    {
        // The host would pick a random port itself; with test classes starting hosts in parallel those collide.
        for (int attempt = 1; _host is null; attempt++)
        {
            try
            {
                _host = await StartHostAsync(PortProbe.FreePort());
            }
            catch (IOException) when (attempt < 5)
            {
                // Someone took the port between our probe and the bind; take another.
            }
        }
    }

    private Task<DurableTaskTestHost> StartHostAsync(int port) =>
        DurableTaskTestHost.StartAsync(OrderWorkflows.Register, new DurableTaskTestHostOptions
        {
            Port = port,
            ConfigureServices = services =>
            {
                services.AddSingleton<IOrderRepository>(Orders);
                services.AddSingleton<IOrderIndex>(Index);
                services.AddSingleton<IInventoryStore>(Inventory);
                services.AddSingleton<IFulfillmentOrderStore>(Fulfillment);
                services.AddSingleton<IRoutingDecisionStore>(Decisions);
                services.AddSingleton<INodeCapacityLedger>(Capacity);
                services.AddSingleton<IPaymentGateway>(Payments);
                services.AddSingleton<IFraudHistory>(new InMemoryFraudHistory());
                services.AddSingleton<IFraudRuleSetSource>(new FixedFraudRuleSetSource());
                services.AddSingleton<INodeDirectory>(new FixedNodeDirectory(TestNetwork.Nodes));
                services.AddSingleton<IProductCatalog>(new FixedProductCatalog(TestNetwork.Products));
                services.AddSingleton<ISourcingConfiguration>(new FixedSourcingConfiguration());
                services.AddSingleton<IPostalCodeDirectory>(EmbeddedPostalCodeDirectory.Instance);
                services.AddOrderWorkflows(new ConfigurationBuilder().Build());
            },
        });

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>Stores a new order the way order capture does and starts its orchestration.</summary>
    public async Task<string> PlaceAsync(NewOrderRequest request)
    {
        string orderId = "ord-" + Guid.NewGuid().ToString("N")[..12];
        Order order = Order.Create(orderId, request, DateTimeOffset.UtcNow, "customer");
        await Orders.CreateAsync(order.ToSnapshot(), CancellationToken.None);
        await Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(OrderOrchestrator), new OrderWorkflowInput(orderId, Settings), new StartOrchestrationOptions(orderId));
        return orderId;
    }

    /// <summary>
    /// Waits until the orchestration reports the stage (or ends), for orders that keep running after release. With
    /// <paramref name="updatedAfter"/>, only a report made after that moment counts: the orchestration has handled
    /// what was sent then and come back to the stage.
    /// </summary>
    public async Task<OrchestrationMetadata> WaitForStageAsync(string orderId, OrderStage stage, DateTimeOffset? updatedAfter = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            OrchestrationMetadata? instance = await Client.GetInstanceAsync(orderId, getInputsAndOutputs: true, timeout.Token);
            bool fresh = updatedAfter is null || instance?.LastUpdatedAt > updatedAfter;
            if (instance is not null && fresh && (instance.ReadCustomStatusAs<string>() == stage.ToString() || instance.IsCompleted))
            {
                return instance;
            }

            await Task.Delay(25, timeout.Token);
        }
    }

    public async Task<OrderWorkflowResult> WaitForEndAsync(string orderId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        OrchestrationMetadata instance = await Client.WaitForInstanceCompletionAsync(orderId, getInputsAndOutputs: true, timeout.Token);
        Assert.True(instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{instance.RuntimeStatus}: {instance.FailureDetails}");
        return instance.ReadOutputAs<OrderWorkflowResult>()!;
    }
}
