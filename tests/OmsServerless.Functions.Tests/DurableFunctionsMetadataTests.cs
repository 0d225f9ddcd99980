using System.Text.Json;
using Microsoft.DurableTask;
using OmsServerless.Workflows;

namespace OmsServerless.Functions.Tests;

/// <summary>Every class-based orchestrator and activity of the workflows has its trigger function, named after it.</summary>
public sealed class DurableFunctionsMetadataTests
{
    private static readonly Dictionary<string, string> TriggerByFunction = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")))
        .RootElement.EnumerateArray()
        .ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => f.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("direction").GetString() == "In" &&
                b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)).GetProperty("type").GetString()!);

    public static TheoryData<string, string> WorkflowTasks()
    {
        var data = new TheoryData<string, string>();
        foreach (Type type in typeof(OrderWorkflows).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (DerivesFrom(type, typeof(TaskOrchestrator<,>)))
            {
                data.Add(type.Name, "orchestrationTrigger");
            }
            else if (DerivesFrom(type, typeof(TaskActivity<,>)))
            {
                data.Add(type.Name, "activityTrigger");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WorkflowTasks))]
    public void Each_workflow_task_has_its_trigger(string task, string trigger)
    {
        Assert.True(TriggerByFunction.TryGetValue(task, out string? actual), $"no function named {task}");
        Assert.Equal(trigger, actual);
    }

    [Fact]
    public void The_workflow_has_an_orchestrator_and_its_activities()
    {
        Assert.Single(WorkflowTasks(), row => (string)row[1] == "orchestrationTrigger");
        Assert.True(WorkflowTasks().Count(row => (string)row[1] == "activityTrigger") >= 10);
    }

    private static bool DerivesFrom(Type type, Type openGeneric)
    {
        for (Type? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == openGeneric)
            {
                return true;
            }
        }

        return false;
    }
}
