using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>Runs <c>ondilo-fanout</c> commands in-process, capturing the machine output and the people's output apart.</summary>
internal static class QueryCliRunner
{
    /// <summary>Runs the command line on <paramref name="time"/> (a fixed clock, so no answer depends on the hour it runs).</summary>
    public static async Task<(int ExitCode, string MachineOut, string ConsoleOut)> RunAsync(TimeProvider time, params string[] args)
    {
        var outcome = await CliRunner.RunAsync(time, args);
        return (outcome.ExitCode, outcome.Json, outcome.Human);
    }

    /// <summary>Runs <c>query</c> (which reads no clock) with its arguments.</summary>
    public static Task<(int ExitCode, string MachineOut, string ConsoleOut)> QueryCommandAsync(params string[] args) =>
        RunAsync(new FakeTimeProvider(), ["query", .. args]);

    /// <summary>Runs a query with <c>--json</c> and returns its rows; fails the test on a non-zero exit.</summary>
    public static async Task<IReadOnlyList<JsonElement>> QueryAsync(string lake, string sql, params string[] parameters)
    {
        var args = new List<string> { sql, "--out", lake, "--json" };
        foreach (var parameter in parameters)
        {
            args.AddRange(["--param", parameter]);
        }

        var (exitCode, machineOut, consoleOut) = await QueryCommandAsync([.. args]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"query exited {exitCode}: {consoleOut}");
        }

        using var document = JsonDocument.Parse(machineOut);
        return document.RootElement.EnumerateArray().Select(row => row.Clone()).ToArray();
    }
}
