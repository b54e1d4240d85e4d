using OndiloFanout.Pipeline.Composition;
using OndiloFanout.Ondilo;
using OndiloFanout.Aws;
using OndiloFanout.Lambda;
using OndiloFanout.Pipeline;
using OndiloFanout.Pipeline.Fetcher;

namespace OndiloFanout.Functions.DeviceFetcher;

/// <summary>Builds the fetcher once per container; a bad setting fails the init, not the first batch.</summary>
internal static class DeviceFetcherStartup
{
    public static Task<LambdaHandler> CreateHandlerAsync(LambdaStartup startup, CancellationToken cancellationToken)
    {
        var services = FunctionServices.Create(startup, needsDeliveryStream: true);
        var aws = services.Aws;
        var ports = new FetcherPorts { Ledger = aws.State, Leases = aws.State, Sink = aws.Sink!, Queue = aws.Queue, Failures = aws.State };
        var handler = new DeviceFetcherHandler(services.Ondilo.Api, services.Ondilo.Gate, ports, startup.TimeProvider, new FetcherOptions());
        var function = new DeviceFetcherFunction(handler, startup.Logger, startup.Metrics);
        return Task.FromResult(HandlerWrapper.Create(function.HandleAsync, LambdaJsonContext.Default.SQSEvent, LambdaJsonContext.Default.SQSBatchResponse));
    }
}
