namespace OndiloFanout.Cli.Status;

/// <summary>What the calendar shows for one device-day (the JSON values of <see cref="DayCell.State"/>).</summary>
internal static class DayState
{
    /// <summary>Complete in the ledger.</summary>
    public const string Collected = "collected";
    /// <summary>Some records written; a later run tops it up.</summary>
    public const string Partial = "partial";
    /// <summary>Partial for good: the API's history no longer covers the rest.</summary>
    public const string Closed = "closed";
    /// <summary>Not in the ledger, and no dead-lettered message for it.</summary>
    public const string Missing = "missing";
    /// <summary>Not settled, and a message for it waits in the dead-letter queue.</summary>
    public const string DeadLettered = "deadLettered";
}
