using System.Text.Json.Serialization;

namespace OndiloFanout.Functions.Scheduler;

/// <summary>The scheduler's response JSON.</summary>
[JsonSerializable(typeof(SchedulerSummary))]
internal sealed partial class SchedulerJsonContext : JsonSerializerContext;
