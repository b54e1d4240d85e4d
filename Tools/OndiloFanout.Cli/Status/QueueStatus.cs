using System.Text.Json.Serialization;
using OndiloFanout.Cli.Aws;

namespace OndiloFanout.Cli.Status;

/// <summary>A queue's approximate depth: waiting, in flight, delayed (deferred for quota).</summary>
internal sealed record QueueStatus
{
    [JsonPropertyName("visible")] public required int Visible { get; init; }
    [JsonPropertyName("inFlight")] public required int InFlight { get; init; }
    [JsonPropertyName("delayed")] public required int Delayed { get; init; }

    public static QueueStatus? From(SqsQueueDepth? depth) =>
        depth is null ? null : new QueueStatus { Visible = depth.Visible, InFlight = depth.InFlight, Delayed = depth.Delayed };
}
