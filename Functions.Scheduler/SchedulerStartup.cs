using OndiloFanout.Domain.Collection;
using OndiloFanout.Lambda;
using OndiloFanout.Pipeline.Composition;
using OndiloFanout.Pipeline.Scheduler;

namespace OndiloFanout.Functions.Scheduler;

/// <summary>Builds the scheduler once per container; a bad setting fails the init, not the first event.</summary>
internal static class SchedulerStartup
{
    public static Task<LambdaHandler> CreateHandlerAsync(LambdaStartup startup, CancellationToken cancellationToken)
    {
        var services = FunctionServices.Create(startup, needsDeliveryStream: false);
        var handler = services.Pipeline.CreateScheduler(new SchedulerOptions
        {
            MeasureTypes = services.Settings.MeasureTypes,
            PoolSnapshots = services.PoolSnapshots,
            ReadPoolThresholds = services.Settings.ReadPoolThresholds,
            Reads = ReadPlanOptions.For(services.Settings.CallsPerHour, services.Settings.MeasureTypes),
        });
        var function = new SchedulerFunction(handler, startup.Logger, startup.Metrics);
        return Task.FromResult(HandlerWrapper.Create(function.HandleAsync, SchedulerJsonContext.Default.SchedulerSummary));
    }
}
