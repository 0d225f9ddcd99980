using System.Runtime.CompilerServices;
using System.Threading.Channels;
using DurableTask.Core;

namespace OmsServerless.DevHost.Durable;

/// <summary>
/// Keeps an orchestration's state in memory between its episodes, as Durable Functions' extended sessions do, for a
/// backend that offers sessions (Azure Storage). Without it every episode (an order has six) reads the instance's whole
/// history back from the History table, and Azurite answers each such read by scanning every row of every instance.
/// The sidecar's dispatcher knows nothing of sessions: it releases a work item once its episode is committed. Here that
/// release waits, off the dispatcher, for the session's next messages and hands the same work item, history and all,
/// back through <see cref="LockNextTaskOrchestrationWorkItemAsync"/>; a session idle for the backend's timeout, or an
/// orchestration that has ended, is released for real.
/// </summary>
internal sealed partial class ExtendedSessionOrchestrationService(IOrchestrationService inner, ILogger logger) : ForwardingOrchestrationService(inner)
{
    private readonly Channel<TaskOrchestrationWorkItem> _resumed = Channel.CreateUnbounded<TaskOrchestrationWorkItem>();
    private readonly ConditionalWeakTable<TaskOrchestrationWorkItem, object> _abandoned = [];
    private readonly CancellationTokenSource _stopping = new();

    // The dispatcher fetches from one loop, so at most one lock request to the backend and one wait for a resumed
    // session are outstanding; whichever is still waiting when the other answers is kept for the next fetch.
    private Task<TaskOrchestrationWorkItem>? _pendingLock;
    private Task<bool>? _pendingResume;

    public override async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        _pendingLock ??= Inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);
        _pendingResume ??= _resumed.Reader.WaitToReadAsync(cancellationToken).AsTask();
        await Task.WhenAny(_pendingResume, _pendingLock);

        // A resumed session goes first: it is an order already under way.
        if (_pendingResume.IsCompleted)
        {
            _pendingResume = null;
            if (_resumed.Reader.TryRead(out TaskOrchestrationWorkItem? resumed))
            {
                return resumed;
            }
        }

        if (_pendingLock.IsCompleted)
        {
            Task<TaskOrchestrationWorkItem> locked = _pendingLock;
            _pendingLock = null;
            return await locked;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return null!;
    }

    public override Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        _abandoned.AddOrUpdate(workItem, workItem);
        return Inner.AbandonTaskOrchestrationWorkItemAsync(workItem);
    }

    public override Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        bool keep = workItem.Session is not null
            && !_abandoned.Remove(workItem)
            && workItem.OrchestrationRuntimeState.OrchestrationStatus is OrchestrationStatus.Running or OrchestrationStatus.Suspended
            && !_stopping.IsCancellationRequested;
        if (!keep)
        {
            return Inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);
        }

        _ = Task.Run(() => AwaitNextEpisodeAsync(workItem), CancellationToken.None);
        return Task.CompletedTask;
    }

    public override async Task StopAsync(bool isForced)
    {
        await _stopping.CancelAsync();
        while (_resumed.Reader.TryRead(out TaskOrchestrationWorkItem? waiting))
        {
            // Its messages go back to the queue now rather than after their visibility timeout, for whoever runs next.
            await ReleaseQuietlyAsync(waiting, abandon: true);
        }

        await base.StopAsync(isForced);
    }

    private async Task AwaitNextEpisodeAsync(TaskOrchestrationWorkItem workItem)
    {
        try
        {
            IList<TaskMessage>? messages = await workItem.Session.FetchNewOrchestrationMessagesAsync(workItem);
            if (messages is { Count: > 0 } && !_stopping.IsCancellationRequested)
            {
                workItem.NewMessages = messages;

                // The episode just committed becomes past history: the sidecar replays past events and appends new ones.
                workItem.OrchestrationRuntimeState = new OrchestrationRuntimeState(workItem.OrchestrationRuntimeState.Events);
                await _resumed.Writer.WriteAsync(workItem, CancellationToken.None);
                return;
            }
        }
        catch (OperationCanceledException)
        {
            // The backend is stopping; the session ends here.
        }
        catch (Exception ex)
        {
            LogSessionFailed(logger, ex, workItem.InstanceId);
        }

        await ReleaseQuietlyAsync(workItem, abandon: false);
    }

    /// <summary>Nobody awaits these releases (they happen off the dispatcher), so a failure is logged here.</summary>
    private async Task ReleaseQuietlyAsync(TaskOrchestrationWorkItem workItem, bool abandon)
    {
        try
        {
            if (abandon)
            {
                await Inner.AbandonTaskOrchestrationWorkItemAsync(workItem);
            }

            await Inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);
        }
        catch (Exception ex)
        {
            LogReleaseFailed(logger, ex, workItem.InstanceId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Extended session of {InstanceId} failed while waiting for its next messages; it is released and its history will be read again")]
    private static partial void LogSessionFailed(ILogger logger, Exception exception, string instanceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Releasing the session of {InstanceId} failed; its messages reappear after their visibility timeout")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string instanceId);
}
