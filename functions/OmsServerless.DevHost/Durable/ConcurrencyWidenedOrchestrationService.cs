using DurableTask.Core;

namespace OmsServerless.DevHost.Durable;

/// <summary>
/// An orchestration service that takes as many work items at once as the DevHost is configured for. The in-memory
/// service admits one orchestration and one activity per core, and the sidecar's dispatcher, once at that limit,
/// looks again only every half second: a burst of orders then waits on storage round trips with the cores idle.
/// </summary>
internal sealed class ConcurrencyWidenedOrchestrationService(
    IOrchestrationService inner, int maxConcurrentOrchestrations, int maxConcurrentActivities) : ForwardingOrchestrationService(inner)
{
    public override int MaxConcurrentTaskOrchestrationWorkItems => maxConcurrentOrchestrations;

    public override int MaxConcurrentTaskActivityWorkItems => maxConcurrentActivities;
}
