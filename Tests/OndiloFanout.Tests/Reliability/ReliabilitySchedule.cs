using OndiloFanout.Domain.Collection;
using OndiloFanout.Ondilo;
using OndiloFanout.Functions.Scheduler;
using OndiloFanout.Pipeline.Scheduler;
using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Tests.Reliability;

/// <summary>Runs the scheduler as the CLI does: waits out a spent quota, retries a transient failure a few times.</summary>
internal static class ReliabilitySchedule
{
    private const int Attempts = 10;

    /// <returns>The plan, and when it was made (the days it refused as gone are judged against that instant).</returns>
    public static async Task<(SchedulerSummary Plan, DateTimeOffset PlannedAt)> RunAsync(
        SchedulerHandler scheduler,
        string payload,
        TimeProvider time,
        Func<DateTimeOffset, CancellationToken, Task> waitUntil)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var plannedAt = time.GetUtcNow();
                return (await scheduler.HandleAsync(payload, CancellationToken.None), plannedAt);
            }
            catch (OndiloApiException ex) when (attempt < Attempts && ex.Failure is OndiloFailure.QuotaExhausted or OndiloFailure.Transient or OndiloFailure.BadResponse)
            {
                var now = time.GetUtcNow();
                await waitUntil(ex.Failure == OndiloFailure.QuotaExhausted ? QuotaWindow.NextHour(now) : now.AddMinutes(1), CancellationToken.None);
            }
        }
    }
}
