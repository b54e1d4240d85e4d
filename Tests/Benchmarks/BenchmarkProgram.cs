namespace OndiloFanout.Benchmarks;

/// <summary>The tool's entry: parse, run every benchmark, write the report.</summary>
public static class BenchmarkProgram
{
    /// <summary>Returns 0 when every benchmark ran, 2 for bad arguments, 1 when a benchmark failed.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="log">Progress and, without <c>--out</c>, the report.</param>
    /// <param name="time">The simulated world's clock (and the report's date): the days collected are relative to it.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter log, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            await log.WriteLineAsync(ex.Message);
            return 2;
        }

        try
        {
            var report = await new BenchmarkSuite(options, log, time).RunAsync(cancellationToken);
            if (options.OutputFile is { } file)
            {
                await File.WriteAllTextAsync(file, report, cancellationToken);
                await log.WriteLineAsync($"Wrote {file}");
            }
            else
            {
                await log.WriteLineAsync(report);
            }

            return 0;
        }
        finally
        {
            if (Directory.Exists(options.ScratchDirectory))
            {
                Directory.Delete(options.ScratchDirectory, recursive: true);
            }
        }
    }
}
