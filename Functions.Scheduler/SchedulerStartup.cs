using OndiloFanout.Collection;
using OndiloFanout.Composition;
using OndiloFanout.Lambda;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Functions.Scheduler;

/// <summary>Builds the scheduler once per container; a bad setting fails the init, not the first event.</summary>
internal static class SchedulerStartup
{
    public static Task<LambdaHandler> CreateHandlerAsync(LambdaStartup startup, CancellationToken cancellationToken)
    {
        var services = FunctionServices.Create(startup, needsDeliveryStream: false);
        var handler = new SchedulerHandler(
            services.Ondilo.Api,
            services.Ondilo.Gate,
            services.Aws.State,
            services.Aws.Queue,
            startup.TimeProvider,
            new SchedulerOptions
            {
                MeasureTypes = services.Settings.MeasureTypes,
                PoolSnapshots = services.Aws.PoolSnapshots,
                ReadPoolThresholds = services.Settings.ReadPoolThresholds,
                // A read costs a call per type the pool collects: salt pools read salt, the others TDS.
                Reads = new ReadPlanOptions { CallsPerHour = services.Settings.CallsPerHour, CallsPerRead = Math.Max(MeasureType.ForPool("salt", services.Settings.MeasureTypes).Count, MeasureType.ForPool(null, services.Settings.MeasureTypes).Count) },
            });
        var function = new SchedulerFunction(handler, startup.Logger, startup.Metrics);
        return Task.FromResult(HandlerWrapper.Create(function.HandleAsync, SchedulerJsonContext.Default.SchedulerSummary));
    }
}
