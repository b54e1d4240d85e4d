namespace OndiloFanout.Tests.Reliability;

/// <summary>The verdict on a run: how each planned device-day ended, and every broken promise.</summary>
internal sealed record LakeAudit
{
    /// <summary>Device-days whose lake content is exactly the ground truth.</summary>
    public required int Complete { get; init; }
    /// <summary>Device-days closed as partial for good (the API's history no longer covered them): a subset of the truth.</summary>
    public required int Closed { get; init; }
    /// <summary>Unplanned device-days a window only partly covered (a subset of the truth), left for a later run to top up.</summary>
    public required int Partial { get; init; }
    /// <summary>Device-days not collected but dead-lettered with a reason.</summary>
    public required int DeadLettered { get; init; }
    /// <summary>Planned days the scheduler refused as older than the API's history.</summary>
    public required int Refused { get; init; }
    public required int Records { get; init; }
    /// <summary>Record ids written more than once (identical copies, only where the crash window is allowed).</summary>
    public required int Duplicates { get; init; }
    /// <summary>Broken promises, one line each: a missing record, a record twice, a day neither collected nor dead-lettered.</summary>
    public required IReadOnlyList<string> Problems { get; init; }

    public override string ToString() =>
        $"complete {Complete}, closed {Closed}, partial {Partial}, dead-lettered {DeadLettered}, refused {Refused}, records {Records}, duplicates {Duplicates}; problems: {string.Join(" | ", Problems.Take(10))}";
}
