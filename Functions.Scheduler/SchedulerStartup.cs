using OndiloFanout.Composition;
using OndiloFanout.Configuration;
using OndiloFanout.Lambda;
using OndiloFanout.Logging;
using OndiloFanout.Ondilo;
using OndiloFanout.Collection;

namespace OndiloFanout.Functions.Scheduler;

/// <summary>Builds the scheduler once per container; a bad setting fails the init, not the first event.</summary>
internal static class SchedulerStartup
{
    public static Task<LambdaHandler> CreateHandlerAsync(LambdaStartup startup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(startup);
        var settings = FunctionSettings.Read(startup.Environment.GetVariable, needsDeliveryStream: false);
        // Lives as long as the container: Lambda freezes the process between events.
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var aws = new AwsPorts(settings, http, startup.TimeProvider);
        var ondilo = new OndiloConnection(
            http,
            new RedactingTokenStore(aws.TokenStore, startup.Redactor),
            aws.State,
            new OndiloClientOptions { BaseUri = settings.ApiBaseUrl },
            startup.TimeProvider,
            QuotaGate.DefaultMinimumInterval);
        var handler = new SchedulerHandler(ondilo.Api, ondilo.Gate, aws.State, aws.Queue, startup.TimeProvider, new SchedulerOptions
        {
            MeasureTypes = settings.MeasureTypes,
            PoolSnapshots = aws.PoolSnapshots,
            ReadPoolThresholds = settings.ReadPoolThresholds,
        });
        var function = new SchedulerFunction(handler, startup.Logger, startup.Metrics);
        return Task.FromResult(HandlerWrapper.Create(function.HandleAsync, SchedulerJsonContext.Default.SchedulerSummary));
    }
}
