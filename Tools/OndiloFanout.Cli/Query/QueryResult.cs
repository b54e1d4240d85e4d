namespace OndiloFanout.Cli.Query;

/// <summary>
/// The answer of one query: column names and rows whose values are null, <see cref="long"/>, <see cref="double"/>,
/// <see cref="decimal"/>, <see cref="bool"/> or <see cref="string"/> (dates and times as ISO-like text, as Athena shows them).
/// </summary>
internal sealed record QueryResult
{
    public required IReadOnlyList<string> Columns { get; init; }
    public required IReadOnlyList<IReadOnlyList<object?>> Rows { get; init; }
}
