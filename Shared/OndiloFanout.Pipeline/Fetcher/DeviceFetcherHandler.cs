using System.Globalization;
using System.Net;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Pipeline.Fetcher;

/// <summary>
/// The fetcher: for each device-day message, reads the smallest window that covers the pool's planned days once
/// per measure type and writes every day of it that the ledger does not hold yet, so the pool's other messages
/// find their day done and cost nothing. It handles one message at a time; <see cref="BatchProcessor{TRecord, TResult}"/>
/// runs a batch through it, failing closed.
/// </summary>
public sealed class DeviceFetcherHandler : IRecordHandler<IncomingMessage, FetchResult>
{
    private readonly IOndiloApi _api;
    private readonly FetcherPorts _ports;
    private readonly TimeProvider _time;
    private readonly FetcherOptions _options;

    public DeviceFetcherHandler(IOndiloApi api, FetcherPorts ports, TimeProvider time, FetcherOptions options)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(ports);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        (_api, _ports, _time, _options) = (api, ports, time, options);
    }

    /// <summary>
    /// Handles one message: the outcome says what to do with it. Throws only when the outcome itself cannot be carried
    /// out (a re-send or a dead-letter send failed); the batch processor then leaves the message in the queue.
    /// </summary>
    public async Task<FetchResult> HandleAsync(IncomingMessage incoming, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (incoming.Message is not { } message)
        {
            return await DeadLetterAsync(incoming, null, incoming.Problem!, cancellationToken);
        }

        try
        {
            return await ProcessAsync(incoming, message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Retry(incoming.MessageId, message, "the invocation's deadline was reached", null);
        }
        catch (OndiloApiException ex) when (ex.Failure == OndiloFailure.QuotaExhausted)
        {
            return await WaitForQuotaAsync(incoming, message, ex, cancellationToken);
        }
        catch (OndiloApiException ex) when (ex.Failure == OndiloFailure.Rejected && ex.StatusCode == HttpStatusCode.NotFound)
        {
            return await DeadLetterAsync(incoming, message, $"the pool is gone from the account: {ex.Message}", cancellationToken);
        }
        catch (Exception ex)
        {
            // Fail closed: whatever went wrong (API, token, sink, state store, a cancellation that is not the
            // invocation's), the day stays unmarked and the attempt counts as a failure.
            return await FailAsync(incoming, message, ex, cancellationToken);
        }
    }

    /// <inheritdoc />
    public FetchResult Failed(IncomingMessage record, string reason)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Retry(record.MessageId, record.Message, reason, null);
    }

    private async Task<FetchResult> ProcessAsync(IncomingMessage incoming, WorkMessage message, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var earlierFailures = FailurePolicy.EarlierFailures(message, incoming.ReceiveCount);
        if (earlierFailures >= FailurePolicy.MaxFailures)
        {
            // Deliveries that crashed or timed out: nothing reported their failure, so they are counted here.
            return await DeadLetterAsync(incoming, message, FailurePolicy.Exhausted(earlierFailures, message.LastError), cancellationToken);
        }

        if (message.DeferCount >= DeferralPolicy.MaxDeferrals)
        {
            return await DeadLetterAsync(incoming, message, $"deferred {message.DeferCount} times without getting quota or the pool", cancellationToken);
        }

        if (DeferralPolicy.IsEarly(message, now))
        {
            return await DeferAsync(incoming, message, message.NotBefore!.Value, "waiting for its not-before time", null, cancellationToken);
        }

        if (!HistoryWindow.IsReady(message.Day, now))
        {
            // No read can complete the day yet (the scheduler leaves such a day for a later run; this message came otherwise).
            return await DeferAsync(incoming, message, HistoryWindow.ReadyAt(message.Day), "the ICO is still uploading the last hours of the day", null, cancellationToken);
        }

        var own = await _ports.Ledger.GetAsync(message.PoolId, message.Day, message.Day, cancellationToken);
        if (IsDone(message, own.GetValueOrDefault(message.Day)))
        {
            return Result(incoming.MessageId, message, FetchOutcome.Skipped);
        }

        if (HistoryWindow.IsGone(message.Day, now))
        {
            // The pool's failures matter here only; a day still in the history has them read under the lease.
            var streak = await _ports.Failures.GetStreakAsync(message.PoolId, message.RunId, cancellationToken);
            if (earlierFailures > 0 || streak is not null)
            {
                // Its work kept failing until the day left the history: a loss to report, not a day closed as usual.
                var why = streak is null ? FailurePolicy.Exhausted(earlierFailures, message.LastError) : FailurePolicy.PoolBlocked(message.PoolId, streak);
                return await DeadLetterAsync(incoming, message, $"the day left the API's 30-day history before its work succeeded: {why}", cancellationToken);
            }

            await _ports.Ledger.PutAsync(LedgerRules.Close(own.GetValueOrDefault(message.Day), message.PoolId, message.Day, message.RunId, now), cancellationToken);
            return Result(incoming.MessageId, message, FetchOutcome.Expired) with { Reason = "the day is older than the API's 30-day history" };
        }

        // One owner per delivery, not per message: when the visibility timeout hands a message that is still being
        // processed to a second fetcher, the second must wait for the first instead of taking its lease as its own.
        var owner = $"{incoming.MessageId}/{Guid.NewGuid():N}";
        var lease = await _ports.Leases.TryAcquireAsync(message.PoolId, owner, _options.LeaseDuration, cancellationToken);
        if (!lease.Acquired)
        {
            return await DeferAsync(incoming, message, lease.HeldUntil, "another fetcher holds the pool", null, cancellationToken);
        }

        try
        {
            return await FetchAndWriteAsync(incoming, message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OndiloApiException { Failure: OndiloFailure.QuotaExhausted } && !cancellationToken.IsCancellationRequested)
        {
            // Counted for the pool while its lease is held: the run's other messages of the pool pay for the same read.
            var failed = await _ports.Failures.GetStreakAsync(message.PoolId, message.RunId, cancellationToken);
            await _ports.Failures.PutStreakAsync(message.PoolId, message.RunId, FailurePolicy.Next(failed, Describe(ex), _time.GetUtcNow()), cancellationToken);
            throw;
        }
        finally
        {
            await _ports.Leases.ReleaseAsync(message.PoolId, owner, cancellationToken);
        }
    }

    private async Task<FetchResult> FetchAndWriteAsync(IncomingMessage incoming, WorkMessage message, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        // Read again under the lease: the fetcher that held the pool may have just written this day.
        var ledger = await _ports.Ledger.GetAsync(message.PoolId, UtcDay.Of(now - HistoryWindow.Depth), UtcDay.Of(now), cancellationToken);
        if (IsDone(message, ledger.GetValueOrDefault(message.Day)))
        {
            return Result(incoming.MessageId, message, FetchOutcome.Skipped);
        }

        // Read again under the lease too: the fetcher that held the pool may have just failed its last attempt.
        var streak = await _ports.Failures.GetStreakAsync(message.PoolId, message.RunId, cancellationToken);
        if (FailurePolicy.Blocks(streak, message))
        {
            return await DeadLetterAsync(incoming, message, FailurePolicy.PoolBlocked(message.PoolId, streak!), cancellationToken);
        }

        if (FailurePolicy.IsRedriveAfter(streak, message))
        {
            // Dead-lettered after the pool was blocked and redriven since: the pool gets its attempts again.
            await _ports.Failures.ClearStreakAsync(message.PoolId, message.RunId, cancellationToken);
            streak = null;
        }

        var period = ChoosePeriod(message, now);
        using var calls = await _api.ReserveAsync(message.Types.Count, cancellationToken);
        if (!calls.Granted)
        {
            return await DeferAsync(incoming, message, Spread(calls.RetryAt, incoming.MessageId), "the shared hourly budget is spent", OndiloFailure.QuotaExhausted, cancellationToken);
        }

        var measures = new List<OndiloMeasure>();
        var firstReadAt = _time.GetUtcNow();
        var lastReadAt = firstReadAt;
        foreach (var type in message.Types)
        {
            lastReadAt = _time.GetUtcNow();
            measures.AddRange(await _api.GetMeasuresAsync(message.PoolId, type, period, cancellationToken));
        }

        var window = FetchWindow.Covered(period, firstReadAt, lastReadAt);
        var writes = LedgerRules.PlanWrites(message.PoolId, window, measures, ledger, message, _time.GetUtcNow());
        var records = 0;
        foreach (var write in writes)
        {
            records += await WriteDayAsync(message, write, period, cancellationToken);
        }

        if (streak is not null)
        {
            await _ports.Failures.ClearStreakAsync(message.PoolId, message.RunId, cancellationToken);
        }

        if (!writes.Any(w => w.Day == message.Day && w.Entry.IsSettled))
        {
            // The reads outlasted the window's margin and it began after the day's midnight: never drop the message with its day unwritten.
            return Retry(incoming.MessageId, message, "the window read no longer reached back to the day's midnight; it is read again with a wider one", null);
        }

        return Result(incoming.MessageId, message, FetchOutcome.Collected) with
        {
            DaysWritten = writes.Count,
            DaysComplete = writes.Count(w => w.Entry.Status == DayStatus.Complete),
            Records = records,
            ApiCalls = calls.Made,
        };
    }

    private async Task<int> WriteDayAsync(WorkMessage message, DayWrite write, MeasurePeriod period, CancellationToken cancellationToken)
    {
        var collectedAt = _time.GetUtcNow();
        var records = write.Measures.Select(m => RecordFactory.Create(message.PoolId, message.PoolName, m, period, collectedAt)).ToArray();
        if (records.Length > 0)
        {
            await _ports.Sink.WriteAsync(new DeviceDayRecords { PoolId = message.PoolId, Day = write.Day, Records = records }, cancellationToken);
        }

        // Marked only after the sink accepted every record: a crash in between rewrites the day (same recordIds), never loses it.
        await _ports.Ledger.PutAsync(write.Entry, cancellationToken);
        return records.Length;
    }

    private async Task<FetchResult> WaitForQuotaAsync(IncomingMessage incoming, WorkMessage message, OndiloApiException ex, CancellationToken cancellationToken)
    {
        // The API itself refused (its quota answer emptied the shared budget): it blocks until the hour ends.
        var next = Spread(QuotaWindow.NextHour(_time.GetUtcNow()), incoming.MessageId);
        return await DeferAsync(incoming, message, next, ex.Message, ex.Failure, cancellationToken);
    }

    // A failed attempt: retried by the queue, or dead-lettered with its reason once the message has failed enough.
    private async Task<FetchResult> FailAsync(IncomingMessage incoming, WorkMessage message, Exception ex, CancellationToken cancellationToken)
    {
        // A token refusal that may be the quota has emptied the shared budget already; the attempt still counts.
        var reason = Describe(ex);
        var failure = ex switch
        {
            OndiloApiException api => api.Failure,
            TokenUnavailableException => OndiloFailure.LoginRequired,
            _ => (OndiloFailure?)null,
        };
        var failures = FailurePolicy.EarlierFailures(message, incoming.ReceiveCount) + 1;
        var result = failures >= FailurePolicy.MaxFailures
            ? await DeadLetterAsync(incoming, message, FailurePolicy.Exhausted(failures, reason), cancellationToken)
            : Retry(incoming.MessageId, message, reason, failure);
        return result with { Failure = failure, Failures = failures };
    }

    private async Task<FetchResult> DeferAsync(IncomingMessage incoming, WorkMessage message, DateTimeOffset until, string reason, OndiloFailure? failure, CancellationToken cancellationToken)
    {
        // The re-sent message starts SQS's receive count again: it carries the failures of this delivery's receives.
        var deferral = DeferralPolicy.Next(FailurePolicy.Carry(message, incoming.ReceiveCount), until, _time.GetUtcNow());
        await _ports.Queue.SendDelayedAsync(deferral.Message, deferral.Delay, cancellationToken);
        return Result(incoming.MessageId, message, FetchOutcome.Deferred) with
        {
            Reason = string.Create(CultureInfo.InvariantCulture, $"{reason}; deferred until {until:yyyy-MM-dd HH:mm:ss} UTC"),
            Failure = failure,
        };
    }

    private async Task<FetchResult> DeadLetterAsync(IncomingMessage incoming, WorkMessage? message, string reason, CancellationToken cancellationToken)
    {
        // A poison body goes as it came; a work message goes marked, so that a redrive of it starts afresh.
        var body = message is null ? incoming.Body : WorkMessageCodec.Serialize(FailurePolicy.ForDeadLetter(message, reason, _time.GetUtcNow()));
        await _ports.Queue.DeadLetterAsync(body, reason, cancellationToken);
        return Result(incoming.MessageId, message, FetchOutcome.DeadLettered) with { Reason = reason };
    }

    private static string Describe(Exception ex) =>
        ex is OndiloApiException or TokenUnavailableException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";

    private static bool IsDone(WorkMessage message, LedgerEntry? entry) =>
        LedgerRules.IsDone(entry, message.Rewrites(message.Day) && entry?.RunId != message.RunId);

    private static MeasurePeriod ChoosePeriod(WorkMessage message, DateTimeOffset now)
    {
        var needed = HistoryWindow.SmallestCovering(message.Day, now);
        return message.Window is { } hinted && hinted > needed ? hinted : needed;
    }

    // Messages deferred to the same hour would all wake at its first second; spread them over its first minute
    // (a stable hash: string.GetHashCode differs from process to process).
    private static DateTimeOffset Spread(DateTimeOffset at, string messageId) =>
        at.AddSeconds(messageId.Aggregate(17u, (hash, c) => unchecked((hash * 31) + c)) % 60);

    private static FetchResult Retry(string messageId, WorkMessage? message, string reason, OndiloFailure? failure) =>
        Result(messageId, message, FetchOutcome.Retry) with { Reason = reason, Failure = failure };

    private static FetchResult Result(string messageId, WorkMessage? message, FetchOutcome outcome) => new()
    {
        MessageId = messageId,
        Outcome = outcome,
        PoolId = message?.PoolId,
        Day = message?.Day,
        RunId = message?.RunId,
    };
}
