using OndiloFanout.Functions.DeviceFetcher;
using OndiloFanout.Pipeline.Fetcher;
using OndiloFanout.Lambda;
using OndiloFanout.Pipeline;

return await LambdaBootstrap.RunAsync(DeviceFetcherStartup.CreateHandlerAsync, options: null, CancellationToken.None);
