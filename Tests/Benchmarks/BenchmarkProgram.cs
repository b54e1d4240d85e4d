namespace OndiloFanout.Benchmarks;

/// <summary>The tool's entry: parse, run every benchmark, write the report.</summary>
public static class BenchmarkProgram
{
    /// <summary>Returns 0 when every benchmark ran, 2 for bad arguments, 1 when a benchmark failed.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter log, CancellationToken cancellationToken)
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
            var report = await new BenchmarkSuite(options, log).RunAsync(cancellationToken);
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
