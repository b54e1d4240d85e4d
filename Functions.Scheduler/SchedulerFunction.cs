using System.Text.Json;
using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Lambda;
using OndiloFanout.Lambda.Logging;
using OndiloFanout.Pipeline.Scheduler;

namespace OndiloFanout.Functions.Scheduler;

/// <summary>The Lambda face of the scheduler: any event in, the run's summary out, one log line and its metrics.</summary>
internal sealed class SchedulerFunction(SchedulerHandler handler, JsonLogger logger, EmfMetrics metrics)
{
    public async Task<SchedulerSummary> HandleAsync(JsonElement payload, ILambdaContext context, CancellationToken cancellationToken)
    {
        var summary = await handler.HandleAsync(payload, cancellationToken);
        logger.Information(
            summary.DryRun ? "Planned a dry run; nothing enqueued" : "Enqueued the device-days to collect",
            (LogKeys.RunId, summary.RunId),
            ("trigger", summary.Trigger.ToString().ToLowerInvariant()),
            ("from", summary.From),
            ("to", summary.To),
            ("pools", summary.Pools),
            ("planned", summary.Planned),
            ("enqueued", summary.Enqueued),
            ("skipped", summary.Skipped),
            ("refused", summary.Refused),
            ("healed", summary.Healed),
            ("unknown_pools", string.Join(',', summary.UnknownPools)));
        metrics.AddMetric(MetricNames.OndiloApiCalls, summary.ApiCalls);
        metrics.AddMetric(MetricNames.DeviceDaysPlanned, summary.Planned);
        metrics.AddMetric(MetricNames.DeviceDaysSkipped, summary.Skipped);
        // A daily run sees every pool: its plan says how fresh the lake is and how soon unread history goes.
        if (summary.Trigger is SchedulerTrigger.Daily or SchedulerTrigger.Schedule && summary.Reads is { } reads)
        {
            metrics.AddMetric(MetricNames.LakeLagDays, reads.LagDays, MetricUnits.None);
            if (reads.ExpiryDays is { } expiryDays)
            {
                metrics.AddMetric(MetricNames.HistoryExpiryDays, expiryDays, MetricUnits.None);
            }
        }

        return summary;
    }
}
