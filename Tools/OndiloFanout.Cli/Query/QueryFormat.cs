namespace OndiloFanout.Cli.Query;

/// <summary>How <c>ondilo-fanout query</c> prints its answer.</summary>
internal enum QueryFormat
{
    /// <summary>A table for people.</summary>
    Table,
    /// <summary>One JSON array of objects, one per row.</summary>
    Json,
    /// <summary>RFC 4180 CSV with a header line.</summary>
    Csv,
}
