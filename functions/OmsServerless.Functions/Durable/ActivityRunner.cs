using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace OmsServerless.Functions.Durable;

/// <summary>Runs a class-based activity (resolved with its dependencies) from an activity trigger.</summary>
public static class ActivityRunner
{
    public static async Task<TOutput> RunAsync<TActivity, TInput, TOutput>(FunctionContext function, TInput input)
        where TActivity : TaskActivity<TInput, TOutput>
    {
        ArgumentNullException.ThrowIfNull(function);
        TActivity activity = ActivatorUtilities.GetServiceOrCreateInstance<TActivity>(function.InstanceServices);
        string instanceId = function.BindingContext.BindingData.TryGetValue("instanceId", out object? id) ? id?.ToString() ?? string.Empty : string.Empty;
        return await activity.RunAsync(new FunctionActivityContext(typeof(TActivity).Name, instanceId), input);
    }
}
