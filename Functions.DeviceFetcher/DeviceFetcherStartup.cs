using OndiloFanout.Collection;
using OndiloFanout.Composition;
using OndiloFanout.Configuration;
using OndiloFanout.Lambda;
using OndiloFanout.Logging;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Functions.DeviceFetcher;

/// <summary>Builds the fetcher once per container; a bad setting fails the init, not the first batch.</summary>
internal static class DeviceFetcherStartup
{
    public static Task<LambdaHandler> CreateHandlerAsync(LambdaStartup startup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(startup);
        var settings = FunctionSettings.Read(startup.Environment.GetVariable, needsDeliveryStream: true);
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
        var ports = new FetcherPorts { Ledger = aws.State, Leases = aws.State, Budget = aws.State, Sink = aws.Sink!, Queue = aws.Queue };
        var handler = new DeviceFetcherHandler(ondilo.Api, ondilo.Gate, ports, startup.TimeProvider, new FetcherOptions());
        var function = new DeviceFetcherFunction(handler, startup.Logger, startup.Metrics);
        return Task.FromResult(HandlerWrapper.Create(function.HandleAsync, LambdaJsonContext.Default.SQSEvent, LambdaJsonContext.Default.SQSBatchResponse));
    }
}
