using OndiloFanout.Functions.DeviceFetcher;
using OndiloFanout.Lambda;

return await LambdaBootstrap.RunAsync(DeviceFetcherStartup.CreateHandlerAsync, options: null, CancellationToken.None);
