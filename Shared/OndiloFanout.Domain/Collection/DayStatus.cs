namespace OndiloFanout.Domain.Collection;

/// <summary>What the ledger knows of one device-day.</summary>
public enum DayStatus
{
    /// <summary>Some records written; more may come (the window covered part of the day, or it was read too soon).</summary>
    Partial,
    /// <summary>Every record of the day written; nothing more to do.</summary>
    Complete,
    /// <summary>Partial for good: the API's history no longer covers the day.</summary>
    Closed,
}
