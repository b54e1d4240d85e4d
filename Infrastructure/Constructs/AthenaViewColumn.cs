namespace OndiloFanout.Infrastructure.Constructs;

/// <summary>A view column as Athena's view text (<paramref name="PrestoType"/>) and Glue (<paramref name="HiveType"/>) name its type.</summary>
internal sealed record AthenaViewColumn(string Name, string PrestoType, string HiveType);
