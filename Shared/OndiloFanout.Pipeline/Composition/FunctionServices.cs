using OndiloFanout.Domain.Collection;
using OndiloFanout.Lambda;
using OndiloFanout.Ondilo;

namespace OndiloFanout.Pipeline.Composition;

/// <summary>
/// What both functions build at init from their environment: the settings, the AWS seams, and the pipeline over them,
/// whose tokens are registered with the logger's redactor. Lives as long as the container.
/// </summary>
public sealed class FunctionServices
{
    private FunctionServices(FunctionSettings settings, AwsPorts aws, PipelineComposer pipeline)
    {
        (Settings, Aws, Pipeline) = (settings, aws, pipeline);
    }

    public FunctionSettings Settings { get; }

    public AwsPorts Aws { get; }

    public PipelineComposer Pipeline { get; }

    /// <summary>Reads the settings (throwing <see cref="InvalidSettingsException"/>, an init error) and composes the services.</summary>
    public static FunctionServices Create(LambdaStartup startup, bool needsDeliveryStream)
    {
        ArgumentNullException.ThrowIfNull(startup);
        var settings = FunctionSettings.Read(startup.Environment.GetVariable, needsDeliveryStream);
        // One client for the container's life: Lambda freezes the process between events, connections stay warm.
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var aws = new AwsPorts(settings, http, startup.TimeProvider, startup.Environment.GetVariable);
        var pipeline = new PipelineComposer(new PipelineSeams
        {
            Time = startup.TimeProvider,
            Queue = aws.Queue,
            State = aws.State,
            Sink = aws.Sink,
            Tokens = new RedactingTokenStore(aws.TokenStore, startup.Redactor),
            Http = http,
            Api = new OndiloClientOptions { BaseUri = settings.ApiBaseUrl },
            CallInterval = CallPacing.MinimumInterval(settings.ApiCallers),
        });
        return new FunctionServices(settings, aws, pipeline);
    }
}
