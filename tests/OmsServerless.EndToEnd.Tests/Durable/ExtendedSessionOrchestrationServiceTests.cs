using System.Reflection;
using System.Threading.Channels;
using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.Extensions.Logging.Abstractions;
using OmsServerless.DevHost.Durable;

namespace OmsServerless.EndToEnd.Tests.Durable;

/// <summary>
/// The DevHost's extended sessions over a backend double: what the sidecar's dispatcher sees when it locks and
/// releases orchestration work items. The Azure Storage backend itself runs under them in every DevHost test.
/// </summary>
public sealed class ExtendedSessionOrchestrationServiceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_running_orchestration_comes_back_with_its_next_messages_and_its_history_in_memory()
    {
        var backend = BackendDouble.Create();
        var service = new ExtendedSessionOrchestrationService(backend.Service, NullLogger.Instance);
        var session = new SessionDouble();
        TaskOrchestrationWorkItem first = RunningWorkItem("O-1", session);
        backend.Locks.Writer.TryWrite(first);

        TaskOrchestrationWorkItem locked = await service.LockNextTaskOrchestrationWorkItemAsync(Timeout.InfiniteTimeSpan, CancellationToken.None);
        int eventsAfterFirstEpisode = locked.OrchestrationRuntimeState.Events.Count;
        await service.ReleaseTaskOrchestrationWorkItemAsync(locked);
        Assert.False(backend.Released.Reader.TryRead(out _));

        TaskMessage activityDone = Message("O-1", new TaskCompletedEvent(-1, 0, "\"ok\""));
        session.Batches.Writer.TryWrite([activityDone]);
        TaskOrchestrationWorkItem resumed = await service.LockNextTaskOrchestrationWorkItemAsync(Timeout.InfiniteTimeSpan, CancellationToken.None)
            .WaitAsync(Patience);

        Assert.Same(first, resumed);
        Assert.Equal([activityDone], resumed.NewMessages);
        Assert.Equal(eventsAfterFirstEpisode, resumed.OrchestrationRuntimeState.PastEvents.Count);
        Assert.Empty(resumed.OrchestrationRuntimeState.NewEvents);
    }

    [Fact]
    public async Task An_idle_session_is_released_to_the_backend()
    {
        var backend = BackendDouble.Create();
        var service = new ExtendedSessionOrchestrationService(backend.Service, NullLogger.Instance);
        var session = new SessionDouble();
        TaskOrchestrationWorkItem locked = await RunFirstEpisodeAsync(service, backend, RunningWorkItem("O-2", session));
        session.Batches.Writer.TryWrite(null);

        Assert.Same(locked, await backend.Released.Reader.ReadAsync().AsTask().WaitAsync(Patience));
    }

    [Fact]
    public async Task An_ended_or_abandoned_orchestration_is_released_at_once_without_waiting_on_its_session()
    {
        var backend = BackendDouble.Create();
        var service = new ExtendedSessionOrchestrationService(backend.Service, NullLogger.Instance);
        TaskOrchestrationWorkItem ended = RunningWorkItem("O-3", new SessionDouble());
        ended.OrchestrationRuntimeState.AddEvent(new ExecutionCompletedEvent(1, "\"done\"", OrchestrationStatus.Completed));
        TaskOrchestrationWorkItem failed = RunningWorkItem("O-4", new SessionDouble());

        await service.ReleaseTaskOrchestrationWorkItemAsync(ended);
        await service.AbandonTaskOrchestrationWorkItemAsync(failed);
        await service.ReleaseTaskOrchestrationWorkItemAsync(failed);

        Assert.True(backend.Released.Reader.TryRead(out TaskOrchestrationWorkItem? firstReleased));
        Assert.True(backend.Released.Reader.TryRead(out TaskOrchestrationWorkItem? secondReleased));
        Assert.Equal([ended, failed], [firstReleased, secondReleased]);
        Assert.Equal([failed], backend.Abandoned);
    }

    [Fact]
    public async Task A_lock_waiting_on_the_backend_is_kept_for_the_next_fetch_when_a_session_resumes_first()
    {
        var backend = BackendDouble.Create();
        var service = new ExtendedSessionOrchestrationService(backend.Service, NullLogger.Instance);
        var session = new SessionDouble();
        TaskOrchestrationWorkItem kept = await RunFirstEpisodeAsync(service, backend, RunningWorkItem("O-5", session));

        Task<TaskOrchestrationWorkItem> waiting = service.LockNextTaskOrchestrationWorkItemAsync(Timeout.InfiniteTimeSpan, CancellationToken.None);
        session.Batches.Writer.TryWrite([Message("O-5", new EventRaisedEvent(-1, "{}") { Name = "CancelRequested" })]);
        Assert.Same(kept, await waiting.WaitAsync(Patience));

        TaskOrchestrationWorkItem fresh = RunningWorkItem("O-6", new SessionDouble());
        Task<TaskOrchestrationWorkItem> next = service.LockNextTaskOrchestrationWorkItemAsync(Timeout.InfiniteTimeSpan, CancellationToken.None);
        backend.Locks.Writer.TryWrite(fresh);
        Assert.Same(fresh, await next.WaitAsync(Patience));
        Assert.Equal(2, backend.LockRequests);
    }

    /// <summary>What the sidecar does with a new work item: lock it from the backend, run its episode, release it.</summary>
    private static async Task<TaskOrchestrationWorkItem> RunFirstEpisodeAsync(
        ExtendedSessionOrchestrationService service, BackendDouble backend, TaskOrchestrationWorkItem workItem)
    {
        backend.Locks.Writer.TryWrite(workItem);
        TaskOrchestrationWorkItem locked = await service.LockNextTaskOrchestrationWorkItemAsync(Timeout.InfiniteTimeSpan, CancellationToken.None);
        await service.ReleaseTaskOrchestrationWorkItemAsync(locked);
        return locked;
    }

    private static TaskOrchestrationWorkItem RunningWorkItem(string instanceId, IOrchestrationSession session)
    {
        var instance = new OrchestrationInstance { InstanceId = instanceId, ExecutionId = "e1" };
        var state = new OrchestrationRuntimeState();
        state.AddEvent(new OrchestratorStartedEvent(-1));
        state.AddEvent(new ExecutionStartedEvent(-1, "{}") { Name = "OrderOrchestrator", OrchestrationInstance = instance });
        state.AddEvent(new TaskScheduledEvent(0, "ScreenOrderActivity"));
        state.AddEvent(new OrchestratorCompletedEvent(-1));
        return new TaskOrchestrationWorkItem { InstanceId = instanceId, OrchestrationRuntimeState = state, Session = session, NewMessages = [] };
    }

    private static TaskMessage Message(string instanceId, HistoryEvent historyEvent) =>
        new() { Event = historyEvent, OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId, ExecutionId = "e1" } };

    /// <summary>A session whose next batches the test decides; a null batch is the backend's idle timeout.</summary>
    private sealed class SessionDouble : IOrchestrationSession
    {
        public Channel<IList<TaskMessage>?> Batches { get; } = Channel.CreateUnbounded<IList<TaskMessage>?>();

        public async Task<IList<TaskMessage>?> FetchNewOrchestrationMessagesAsync(TaskOrchestrationWorkItem workItem) =>
            await Batches.Reader.ReadAsync();

        public Task EndSessionAsync() => Task.CompletedTask;
    }

    /// <summary>The backend: lock requests wait for work items the test supplies; releases and abandons are recorded.</summary>
    public class BackendDouble : DispatchProxy
    {
        public IOrchestrationService Service { get; private set; } = null!;

        public Channel<TaskOrchestrationWorkItem> Locks { get; } = Channel.CreateUnbounded<TaskOrchestrationWorkItem>();

        public Channel<TaskOrchestrationWorkItem> Released { get; } = Channel.CreateUnbounded<TaskOrchestrationWorkItem>();

        public List<TaskOrchestrationWorkItem> Abandoned { get; } = [];

        public int LockRequests { get; private set; }

        public static BackendDouble Create()
        {
            IOrchestrationService service = Create<IOrchestrationService, BackendDouble>();
            var backend = (BackendDouble)(object)service;
            backend.Service = service;
            return backend;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            switch (targetMethod!.Name)
            {
                case nameof(IOrchestrationService.LockNextTaskOrchestrationWorkItemAsync):
                    LockRequests++;
                    return Locks.Reader.ReadAsync((CancellationToken)args![1]!).AsTask();
                case nameof(IOrchestrationService.ReleaseTaskOrchestrationWorkItemAsync):
                    Released.Writer.TryWrite((TaskOrchestrationWorkItem)args![0]!);
                    return Task.CompletedTask;
                case nameof(IOrchestrationService.AbandonTaskOrchestrationWorkItemAsync):
                    Abandoned.Add((TaskOrchestrationWorkItem)args![0]!);
                    return Task.CompletedTask;
                default:
                    throw new NotSupportedException(targetMethod.Name + " is not part of these tests.");
            }
        }
    }
}
