using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.SQS;

namespace OndiloFanout.Infrastructure.Constructs;

/// <summary>What <see cref="OperationsAlarms"/> watches.</summary>
internal sealed record OperationsAlarmsOptions
{
    /// <summary>The work queue's dead-letter queue.</summary>
    public required IQueue DeadLetterQueue { get; init; }
    /// <summary>The scheduler function.</summary>
    public required IFunction Scheduler { get; init; }
    /// <summary>The device fetcher function.</summary>
    public required IFunction DeviceFetcher { get; init; }
    /// <summary>Name of the Firehose delivery stream.</summary>
    public required string DeliveryStreamName { get; init; }
    /// <summary>The log group where the delivery stream logs its processing and delivery errors.</summary>
    public required ILogGroup DeliveryErrorLogGroup { get; init; }
    /// <summary>The functions' metrics namespace.</summary>
    public required string MetricsNamespace { get; init; }
    /// <summary>The functions' service name: the <c>service</c> dimension of their metrics.</summary>
    public required string ServiceName { get; init; }
    /// <summary>The topic's display name (the sender of its e-mails).</summary>
    public required string TopicDisplayName { get; init; }
    /// <summary>Address subscribed to the topic, or null.</summary>
    public required string? Email { get; init; }
}
