using Microsoft.DurableTask;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Workflows.Activities;

namespace OmsServerless.Workflows.Orders;

/// <summary>
/// The life of an order, top to bottom: screen it (addresses, then fraud, waiting for a reviewer when needed),
/// authorize payment, source and reserve stock (re-sourcing when a reservation loses a race), record the allocation
/// and release it to the nodes, source backordered lines again until their stock arrives or the wait runs out, then
/// stay available for cancellations. Every undo is registered before its step; a
/// cancellation at any point runs them in reverse. Instance id = order id; every activity gets the order id, which
/// is its idempotency key. Deterministic: time comes from the context, waits are durable timers and events.
/// </summary>
public sealed class OrderOrchestrator : TaskOrchestrator<OrderWorkflowInput, OrderWorkflowResult>
{
    public override Task<OrderWorkflowResult> RunAsync(TaskOrchestrationContext context, OrderWorkflowInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        return new Run(context, input).ExecuteAsync();
    }

    private sealed class Run(TaskOrchestrationContext context, OrderWorkflowInput input)
    {
        private readonly string _orderId = input.OrderId;
        private readonly OrderWorkflowSettings _settings = input.Settings;
        private readonly List<Compensation> _compensations = [];
        private Task<CancelOrderRequest>? _cancellation;

        // Numbers every sourcing round of the order, never reused: reservation movement ids, routing decisions and
        // shipment ids are keyed by it.
        private int _round;
        private bool _awaitingStock;

        private Task<CancelOrderRequest> Cancellation =>
            _cancellation ??= context.WaitForExternalEvent<CancelOrderRequest>(OrderWorkflowEvents.CancelRequested);

        public async Task<OrderWorkflowResult> ExecuteAsync()
        {
            Stage(OrderStage.Screening);
            OrderScreening screening = await CallAsync<OrderScreening>(nameof(ScreenOrderActivity), _orderId);
            if (!screening.AddressesValid || screening.Fraud == FraudDecision.Reject)
            {
                return Ended(OrderStatus.Rejected, screening.Detail);
            }

            if (screening.Fraud == FraudDecision.Review && await AwaitFraudReviewAsync() is { } reviewEnded)
            {
                return reviewEnded;
            }

            if (await CancelledAtCheckpointAsync() is { } cancelledAfterScreening)
            {
                return cancelledAfterScreening;
            }

            if (screening.RequiresPayment && await AuthorizePaymentAsync() is { } paymentEnded)
            {
                return paymentEnded;
            }

            if (await CancelledAtCheckpointAsync() is { } cancelledAfterPayment)
            {
                return cancelledAfterPayment;
            }

            if (await SourceAndReserveAsync() is { } routingEnded)
            {
                return routingEnded;
            }

            if (await AwaitRestockAsync() is { } restockEnded)
            {
                return restockEnded;
            }

            Stage(OrderStage.Released);
            return await AwaitCancellationsAsync();
        }

        private async Task<OrderWorkflowResult?> AwaitFraudReviewAsync()
        {
            Stage(OrderStage.AwaitingFraudReview);
            DateTime deadline = context.CurrentUtcDateTime.Add(_settings.FraudReviewTimeout);
            while (true)
            {
                Awaited<FraudReviewDecision> awaited = await AwaitDecisionAsync<FraudReviewDecision>(OrderWorkflowEvents.FraudReviewDecided, deadline);
                if (awaited.Cancellation is { } cancel)
                {
                    if (await ApplyCancellationAsync(cancel) is { } cancelled)
                    {
                        return cancelled;
                    }

                    continue;
                }

                FraudReviewInput review = awaited.Decision is { } decision
                    ? new FraudReviewInput(_orderId, decision.Approve, decision.Reviewer, decision.Note)
                    : new FraudReviewInput(_orderId, false, "system:order-workflow", $"no review decision within {_settings.FraudReviewTimeout}");
                bool accepted = await CallAsync<bool>(nameof(ResolveFraudReviewActivity), review);
                return accepted ? null : Ended(OrderStatus.Rejected, "fraud review: " + review.Note);
            }
        }

        private async Task<OrderWorkflowResult?> AuthorizePaymentAsync()
        {
            while (true)
            {
                Stage(OrderStage.AuthorizingPayment);
                if (!_compensations.Contains(Compensation.VoidPayment))
                {
                    _compensations.Add(Compensation.VoidPayment);
                }

                try
                {
                    PaymentStep payment = await context.CallActivityAsync<PaymentStep>(nameof(AuthorizePaymentActivity), _orderId, PaymentRetry());
                    return payment.Approved ? null : Ended(OrderStatus.Rejected, payment.Detail);
                }
                catch (TaskFailedException failure) when (failure.FailureDetails.IsCausedBy<PaymentGatewayUnavailableException>())
                {
                    if (await ParkAsync("the payment gateway stayed unavailable: " + failure.FailureDetails.ErrorMessage) is { } ended)
                    {
                        return ended;
                    }
                }
            }
        }

        private async Task<OrderWorkflowResult?> SourceAndReserveAsync()
        {
            for (int attempt = 1; ; attempt++)
            {
                if (attempt > _settings.MaxSourcingRounds)
                {
                    if (await ParkAsync($"stock kept moving: {_settings.MaxSourcingRounds} sourcing rounds lost their reservations") is { } ended)
                    {
                        return ended;
                    }

                    attempt = 0;
                    continue;
                }

                Stage(OrderStage.Sourcing);
                SourcingPlan plan = await CallAsync<SourcingPlan>(nameof(SourceOrderActivity), new SourcingRoundInput(_orderId, ++_round));
                if (plan.Allocation is null)
                {
                    _awaitingStock = false;
                    return null;
                }

                if (_awaitingStock && plan.Outcome != SourcingOutcome.ParkedForReview && plan.Reservations.Count == 0 && plan.Allocation.UnfillableLineIds is not { Count: > 0 })
                {
                    // Still waiting for the same stock: the order keeps its first backorder decision instead of
                    // gaining one per try.
                    return null;
                }

                if (plan.Outcome == SourcingOutcome.ParkedForReview)
                {
                    if (await ParkAsync("routing asked for review: " + plan.Summary) is { } ended)
                    {
                        return ended;
                    }

                    continue;
                }

                Stage(OrderStage.Reserving);
                if (!await ReserveAsync(plan))
                {
                    await BackOffBeforeResourcingAsync(attempt);
                    continue;
                }

                if (await CancelledAtCheckpointAsync() is { } cancelled)
                {
                    return cancelled;
                }

                Stage(OrderStage.Releasing);
                OrderStatus status = await CallAsync<OrderStatus>(nameof(CommitAllocationActivity), new CommitAllocationInput(_orderId, plan.Allocation));
                if (status == OrderStatus.Rejected)
                {
                    await CompensateAllAsync("the order could not be filled");
                    return Ended(OrderStatus.Rejected, plan.Summary);
                }

                if (plan.Allocation.UnfillableLineIds is { Count: > 0 })
                {
                    await ReduceAuthorizationAsync();
                }

                _awaitingStock = plan.Allocation.BackorderedLineIds is { Count: > 0 };
                return null;
            }
        }

        /// <summary>
        /// Sources the backordered lines again every <see cref="OrderWorkflowSettings.BackorderRetryInterval"/> until
        /// none is left; at the deadline they become unfillable, and an order left with nothing is rejected.
        /// </summary>
        private async Task<OrderWorkflowResult?> AwaitRestockAsync()
        {
            DateTime giveUpAt = context.CurrentUtcDateTime.Add(_settings.BackorderTimeout);
            while (_awaitingStock)
            {
                Stage(OrderStage.AwaitingStock);
                DateTime nextTry = context.CurrentUtcDateTime.Add(_settings.BackorderRetryInterval);
                if (await CancellationBeforeAsync(nextTry < giveUpAt ? nextTry : giveUpAt) is { } cancel)
                {
                    if (await ApplyCancellationAsync(cancel) is { } cancelled)
                    {
                        return cancelled;
                    }

                    continue;
                }

                if (context.CurrentUtcDateTime < giveUpAt)
                {
                    if (await SourceAndReserveAsync() is { } ended)
                    {
                        return ended;
                    }

                    continue;
                }

                string reason = $"no stock arrived within {_settings.BackorderTimeout}";
                OrderStatus status = await CallAsync<OrderStatus>(nameof(GiveUpBackordersActivity), new GiveUpBackordersInput(_orderId, reason));
                _awaitingStock = false;
                if (status == OrderStatus.Rejected)
                {
                    await CompensateAllAsync(reason);
                    return Ended(OrderStatus.Rejected, "backorders given up: " + reason);
                }

                await ReduceAuthorizationAsync();
            }

            return null;
        }

        /// <summary>Waits until the moment; the cancellation request when one came first.</summary>
        private async Task<CancelOrderRequest?> CancellationBeforeAsync(DateTime until)
        {
            using var timer = new CancellationTokenSource();
            Task timeout = context.CreateTimer(until, timer.Token);
            Task winner = await Task.WhenAny(timeout, Cancellation);

            // Synchronous on purpose, as in AwaitDecisionAsync.
            timer.Cancel();
            return winner == Cancellation ? TakeCancellation() : null;
        }

        /// <summary>Reserves SKU by SKU; when one SKU loses its stock, this round's reservations are given back.</summary>
        private async Task<bool> ReserveAsync(SourcingPlan plan)
        {
            int firstOfRound = _compensations.Count;
            foreach (IGrouping<string, PlannedReservation> sku in plan.Reservations.GroupBy(r => r.Sku, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                PlannedReservation[] batch = [.. sku];
                _compensations.Add(Compensation.Release(batch));
                ReservationOutcome outcome = await CallAsync<ReservationOutcome>(nameof(ReserveInventoryActivity), new ReservationBatch(_orderId, sku.Key, batch));
                if (!outcome.Reserved)
                {
                    for (int i = _compensations.Count - 1; i >= firstOfRound; i--)
                    {
                        await RunCompensationAsync(_compensations[i], "re-sourcing: " + outcome.Detail);
                        _compensations.RemoveAt(i);
                    }

                    return false;
                }
            }

            return true;
        }

        /// <summary>A random pause, growing with the attempt: deterministic on replay because the context supplies the randomness.</summary>
        private async Task BackOffBeforeResourcingAsync(int attempt)
        {
            double ceiling = Math.Min(_settings.ResourcingBackoff.TotalMilliseconds * attempt, _settings.MaxResourcingBackoff.TotalMilliseconds);
            double fraction = BitConverter.ToUInt16(context.NewGuid().ToByteArray(), 0) / (double)ushort.MaxValue;
            TimeSpan pause = TimeSpan.FromMilliseconds(ceiling * fraction);
            if (pause > TimeSpan.Zero)
            {
                await context.CreateTimer(pause, CancellationToken.None);
            }
        }

        /// <summary>Parks the order until operations resume or cancel it; null when it resumed.</summary>
        private async Task<OrderWorkflowResult?> ParkAsync(string reason)
        {
            await CallAsync<OrderStatus>(nameof(ParkOrderActivity), new ParkOrderInput(_orderId, reason));
            Stage(OrderStage.Parked);
            DateTime deadline = context.CurrentUtcDateTime.Add(_settings.ParkedOrderTimeout);
            while (true)
            {
                Awaited<ParkedOrderDecision> awaited = await AwaitDecisionAsync<ParkedOrderDecision>(OrderWorkflowEvents.ParkedOrderDecided, deadline);
                if (awaited.Decision is { Resume: true } resume)
                {
                    await CallAsync<OrderStatus>(nameof(ResumeOrderActivity), new ResumeOrderInput(_orderId, resume.Actor, resume.Note));
                    return null;
                }

                CancelOrderRequest cancel = awaited.Cancellation
                    ?? (awaited.Decision is { } refused
                        ? new CancelOrderRequest(null, refused.Note, refused.Actor)
                        : new CancelOrderRequest(null, $"parked for {_settings.ParkedOrderTimeout} without a decision ({reason})", "system:order-workflow"));
                if (await ApplyCancellationAsync(cancel) is { } cancelled)
                {
                    return cancelled;
                }
            }
        }

        /// <summary>Waits for an operator's decision, the deadline or a cancellation, whichever comes first.</summary>
        private async Task<Awaited<T>> AwaitDecisionAsync<T>(string eventName, DateTime deadline)
            where T : class
        {
            using var waits = new CancellationTokenSource();
            Task<T> decision = context.WaitForExternalEvent<T>(eventName, waits.Token);
            Task timeout = context.CreateTimer(deadline, waits.Token);
            Task winner = await Task.WhenAny(decision, timeout, Cancellation);

            // Synchronous on purpose: the orchestrator must not hop threads, and CancelAsync may run callbacks elsewhere.
            waits.Cancel();
            return winner == Cancellation ? new Awaited<T>(null, TakeCancellation())
                : winner == decision ? new Awaited<T>(decision.Result, null)
                : new Awaited<T>(null, null);
        }

        private async Task<OrderWorkflowResult> AwaitCancellationsAsync()
        {
            while (true)
            {
                await Cancellation;
                if (await ApplyCancellationAsync(TakeCancellation()) is { } cancelled)
                {
                    return cancelled;
                }

                Stage(OrderStage.Released);
            }
        }

        private async Task<OrderWorkflowResult?> CancelledAtCheckpointAsync() =>
            Cancellation.IsCompleted ? await ApplyCancellationAsync(TakeCancellation()) : null;

        /// <summary>Applies a cancellation and its compensations; returns a result only when the whole order is cancelled.</summary>
        private async Task<OrderWorkflowResult?> ApplyCancellationAsync(CancelOrderRequest request)
        {
            Stage(OrderStage.Cancelling);
            CancelOrderOutcome outcome = await CallAsync<CancelOrderOutcome>(nameof(CancelOrderActivity), new CancelOrderInput(_orderId, request));
            if (!outcome.Accepted)
            {
                return null;
            }

            if (outcome.OrderCancelled)
            {
                await CompensateAllAsync("order cancelled: " + request.Reason);
                return Ended(OrderStatus.Cancelled, request.Reason);
            }

            var cancelledLines = outcome.CancelledLineIds.ToHashSet(StringComparer.Ordinal);
            for (int i = _compensations.Count - 1; i >= 0; i--)
            {
                Compensation compensation = _compensations[i];
                PlannedReservation[] ofCancelledLines = [.. compensation.Reservations.Where(r => cancelledLines.Contains(r.LineId))];
                if (ofCancelledLines.Length > 0)
                {
                    await RunCompensationAsync(compensation with { Reservations = ofCancelledLines }, "lines cancelled: " + request.Reason);
                    _compensations[i] = compensation with { Reservations = [.. compensation.Reservations.Except(ofCancelledLines)] };
                }
            }

            await ReduceAuthorizationAsync();
            return null;
        }

        private async Task CompensateAllAsync(string reason)
        {
            for (int i = _compensations.Count - 1; i >= 0; i--)
            {
                await RunCompensationAsync(_compensations[i], reason);
            }

            _compensations.Clear();
        }

        /// <summary>Lines left the order while it goes on: the card's hold shrinks to what the remaining lines need.</summary>
        private Task ReduceAuthorizationAsync() =>
            _compensations.Contains(Compensation.VoidPayment) ? CallAsync<string>(nameof(ReduceAuthorizationActivity), _orderId) : Task.CompletedTask;

        private Task RunCompensationAsync(Compensation compensation, string reason) => compensation.Kind switch
        {
            CompensationKind.VoidPayment => CallAsync<string>(nameof(VoidPaymentActivity), _orderId),
            _ => CallAsync<int>(nameof(ReleaseReservationsActivity), new ReleaseReservationsInput(_orderId, compensation.Reservations, reason)),
        };

        private CancelOrderRequest TakeCancellation()
        {
            CancelOrderRequest request = Cancellation.Result;
            _cancellation = null;
            return request;
        }

        private Task<T> CallAsync<T>(string activity, object input) =>
            context.CallActivityAsync<T>(activity, input, TaskOptions.FromRetryPolicy(new RetryPolicy(
                _settings.ActivityAttempts, _settings.ActivityFirstRetryDelay, backoffCoefficient: 2.0)));

        private TaskOptions PaymentRetry() => TaskOptions.FromRetryPolicy(new RetryPolicy(
            _settings.PaymentAttempts, _settings.PaymentFirstRetryDelay, _settings.PaymentRetryBackoff, _settings.PaymentMaxRetryDelay));

        private void Stage(OrderStage stage) => context.SetCustomStatus(stage.ToString());

        /// <summary>What ended a wait: a decision, a cancellation, or (neither) the deadline.</summary>
        private sealed record Awaited<T>(T? Decision, CancelOrderRequest? Cancellation)
            where T : class;

        private OrderWorkflowResult Ended(OrderStatus status, string detail)
        {
            Stage(OrderStage.Completed);
            return new OrderWorkflowResult(status, detail);
        }
    }
}
