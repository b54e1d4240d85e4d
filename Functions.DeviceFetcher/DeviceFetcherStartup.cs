using OndiloFanout.Lambda;
using OndiloFanout.Pipeline.Composition;

namespace OndiloFanout.Functions.DeviceFetcher;

/// <summary>Builds the fetcher once per container; a bad setting fails the init, not the first batch.</summary>
internal static class DeviceFetcherStartup
{
    public static Task<LambdaHandler> CreateHandlerAsync(LambdaStartup startup, CancellationToken cancellationToken)
    {
        var services = FunctionServices.Create(startup, needsDeliveryStream: true);
        var function = new DeviceFetcherFunction(services.Pipeline.CreateFetcher(), startup.Logger, startup.Metrics);
        return Task.FromResult(HandlerWrapper.Create(function.HandleAsync, LambdaJsonContext.Default.SQSEvent, LambdaJsonContext.Default.SQSBatchResponse));
    }
}
