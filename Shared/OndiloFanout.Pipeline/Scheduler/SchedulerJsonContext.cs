using System.Text.Json.Serialization;

namespace OndiloFanout.Pipeline.Scheduler;

/// <summary>The scheduler's response JSON.</summary>
[JsonSerializable(typeof(SchedulerSummary))]
public sealed partial class SchedulerJsonContext : JsonSerializerContext;
