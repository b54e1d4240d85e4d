using OndiloFanout.Functions.Scheduler;
using OndiloFanout.Pipeline.Scheduler;
using OndiloFanout.Lambda;
using OndiloFanout.Pipeline;

return await LambdaBootstrap.RunAsync(SchedulerStartup.CreateHandlerAsync, options: null, CancellationToken.None);
