namespace OndiloFanout.Contracts;

/// <summary>A saved query: its name, what it answers, and SQL that runs unchanged on Athena and DuckDB.</summary>
/// <param name="Name">Short name, also the Athena named query's name.</param>
/// <param name="Description">What it answers.</param>
/// <param name="Sql">The SQL; <c>?</c> is the pool id (<c>deviceid</c>), which Athena's injected projection requires.</param>
public sealed record LakeQuery(string Name, string Description, string Sql);
