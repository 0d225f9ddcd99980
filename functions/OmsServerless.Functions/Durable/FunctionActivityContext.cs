using Microsoft.DurableTask;

namespace OmsServerless.Functions.Durable;

/// <summary>
/// The context a class-based activity expects, built from the activity trigger's binding data. The Durable source
/// generator would write this; it is not available here, so the triggers build it themselves.
/// </summary>
public sealed class FunctionActivityContext(TaskName name, string instanceId) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;
}
