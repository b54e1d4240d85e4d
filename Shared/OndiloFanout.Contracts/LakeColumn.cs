namespace OndiloFanout.Contracts;

/// <summary>
/// One column of a lake table: its name as both engines show it (lower case, as Glue stores it), the JSON field it
/// is read from, and its Hive/Glue type (<c>string</c>, <c>bigint</c>, <c>double</c>, <c>boolean</c>).
/// </summary>
public sealed record LakeColumn(string Name, string JsonField, string HiveType);
