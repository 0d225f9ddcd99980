using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Api.Orders;

/// <summary>What the API asks of the order orchestrations: start one, read its stage, send it events.</summary>
public sealed class OrderWorkflowClient(OrderWorkflowSettings settings)
{
    public async Task StartAsync(DurableTaskClient durable, string orderId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        await durable.ScheduleNewOrchestrationInstanceAsync(
            nameof(OrderOrchestrator), new OrderWorkflowInput(orderId, settings), new StartOrchestrationOptions(orderId), cancellationToken);
    }

    public async Task<bool> ExistsAsync(DurableTaskClient durable, string orderId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        return await durable.GetInstanceAsync(orderId, getInputsAndOutputs: false, cancellationToken) is not null;
    }

    /// <summary>The stage the orchestration last reported (camelCase, like every enum the API shows), or null when it has none.</summary>
    public async Task<string?> StageAsync(DurableTaskClient durable, string orderId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        OrchestrationMetadata? instance = await durable.GetInstanceAsync(orderId, getInputsAndOutputs: true, cancellationToken);
        string? stage = instance?.SerializedCustomStatus is null ? null : instance.ReadCustomStatusAs<string>();
        return stage is null ? null : JsonNamingPolicy.CamelCase.ConvertName(stage);
    }

    public Task RaiseAsync(DurableTaskClient durable, string orderId, string eventName, object payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(durable);
        return durable.RaiseEventAsync(orderId, eventName, payload, cancellationToken);
    }
}
