using OndiloFanout.Functions.Scheduler;
using OndiloFanout.Lambda;

return await LambdaBootstrap.RunAsync(SchedulerStartup.CreateHandlerAsync, options: null, CancellationToken.None);
