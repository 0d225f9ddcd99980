using Grpc.Net.Client;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using OmsServerless.LocalEmulators;
using OmsServerless.Workflows;

namespace OmsServerless.DevHost.Durable;

/// <summary>
/// The DevHost's Durable Task pieces: the sidecar (started after local storage), one worker running the order
/// workflow's classes, and the client the API uses; worker and client share one gRPC channel to the sidecar.
/// </summary>
public static class DurableTaskServices
{
    public static IServiceCollection AddDevHostDurableTask(this IServiceCollection services, DevHostOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = new DurableSidecarEndpoint(options.DurableSidecarPort != 0 ? options.DurableSidecarPort : PortProbe.FreePort());
        GrpcChannel channel = GrpcChannel.ForAddress(endpoint.Address);
        services.AddSingleton(endpoint);
        services.AddHostedService<DurableSidecar>();
        services.AddOrderWorkflows(configuration);
        services.AddDurableTaskWorker(worker =>
        {
            worker.UseGrpc(channel);
            worker.AddTasks(OrderWorkflows.Register);
            worker.Configure(o =>
            {
                o.Concurrency.MaximumConcurrentOrchestrationWorkItems = options.MaxConcurrentOrchestrations;
                o.Concurrency.MaximumConcurrentActivityWorkItems = options.MaxConcurrentActivities;
            });
        });
        services.AddDurableTaskClient(client =>
        {
            client.UseGrpc(channel);
            client.RegisterDirectly();
        });
        return services;
    }
}
