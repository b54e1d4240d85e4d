using System.Globalization;
using System.Numerics;
using DuckDB.NET.Data;

namespace OndiloFanout.Cli.Query;

/// <summary>Runs SQL over a local lake folder with an in-memory DuckDB that sees the folder through <see cref="LocalCatalog"/>.</summary>
internal static class LocalQueryEngine
{
    /// <summary>
    /// Runs <paramref name="sql"/>, binding <paramref name="parameters"/> to its <c>?</c> in order, as text (the pool id is
    /// compared with the text column <c>deviceid</c>, as in Athena). Throws <see cref="DuckDBException"/> for bad SQL and <see cref="QueryInputException"/> when the parameters do not match its <c>?</c>.
    /// </summary>
    public static async Task<QueryResult> RunAsync(string lakeRoot, string sql, IReadOnlyList<string> parameters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        ArgumentNullException.ThrowIfNull(parameters);
        await using var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync(cancellationToken);
        foreach (var statement in LocalCatalog.Statements(lakeRoot))
        {
            await using var create = connection.CreateCommand();
            create.CommandText = statement;
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(parameter));
        }

        await using var reader = await ExecuteAsync(command, parameters.Count, cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<IReadOnlyList<object?>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Normalize(reader.IsDBNull(i) ? null : reader.GetValue(i))).ToArray());
        }

        return new QueryResult { Columns = columns, Rows = rows };
    }

    private static async Task<System.Data.Common.DbDataReader> ExecuteAsync(DuckDBCommand command, int given, CancellationToken cancellationToken)
    {
        try
        {
            return await command.ExecuteReaderAsync(cancellationToken);
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Invalid number of parameters", StringComparison.Ordinal))
        {
            // DuckDB.NET's own words ("Expected 1, got 0") say how many ? the SQL holds.
            throw new QueryInputException($"Each ? of the SQL takes one --param, in order, and {given} were given ({ex.Message}). Add --param VALUE for each ?, e.g. --param 1704 for a pool id.");
        }
    }

    // A small set of value kinds keeps the table, JSON and CSV writers simple and the output like Athena's.
    private static object? Normalize(object? value) => value switch
    {
        null => null,
        bool or long or double or decimal or string => value,
        int or short or sbyte or byte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong number => (decimal)number,
        float number => (double)number,
        BigInteger number => (decimal)number,
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff 'UTC'", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
