using OndiloFanout.Domain.Collection;
using OndiloFanout.Ondilo;
using OndiloFanout.Contracts;
using OndiloFanout.Lambda;
using OndiloFanout.Pipeline;
using OndiloFanout.Lambda.Logging;
using OndiloFanout.Domain.Pools;

namespace OndiloFanout.Pipeline.Composition;

/// <summary>
/// What both functions build at init from their environment: the settings, the AWS ports, and the Ondilo
/// connection whose tokens are registered with the logger's redactor. Lives as long as the container.
/// </summary>
public sealed class FunctionServices
{
    private FunctionServices(FunctionSettings settings, AwsPorts aws, OndiloConnection ondilo)
    {
        (Settings, Aws, Ondilo) = (settings, aws, ondilo);
    }

    public FunctionSettings Settings { get; }

    public AwsPorts Aws { get; }

    public OndiloConnection Ondilo { get; }

    /// <summary>Reads the settings (throwing <see cref="InvalidSettingsException"/>, an init error) and composes the services.</summary>
    public static FunctionServices Create(LambdaStartup startup, bool needsDeliveryStream)
    {
        ArgumentNullException.ThrowIfNull(startup);
        var settings = FunctionSettings.Read(startup.Environment.GetVariable, needsDeliveryStream);
        // One client for the container's life: Lambda freezes the process between events, connections stay warm.
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var aws = new AwsPorts(settings, http, startup.TimeProvider);
        var ondilo = new OndiloConnection(
            http,
            new RedactingTokenStore(aws.TokenStore, startup.Redactor),
            aws.State,
            new OndiloClientOptions { BaseUri = settings.ApiBaseUrl },
            startup.TimeProvider,
            CallPacing.MinimumInterval(settings.ApiCallers));
        return new FunctionServices(settings, aws, ondilo);
    }
}
