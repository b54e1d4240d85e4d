using System.Globalization;

namespace OndiloFanout.Benchmarks;

/// <summary>What to run and where things are. Smoke: one round of everything at tiny sizes, to prove it still works.</summary>
public sealed record BenchmarkOptions
{
    public bool Smoke { get; init; }
    /// <summary>The repository root (artifacts, node_modules); default: the folder holding the solution, above the tool.</summary>
    public required string RepositoryRoot { get; init; }
    /// <summary>Folder of the Native AOT packages, <c>&lt;function&gt;/bootstrap</c> (default <c>artifacts/lambda</c>).</summary>
    public required string AotDirectory { get; init; }
    /// <summary>Folder of the managed builds, <c>&lt;function&gt;/*.dll</c> (default <c>artifacts/bench/jit</c>).</summary>
    public required string JitDirectory { get; init; }
    /// <summary>Where the report goes; null prints it only.</summary>
    public string? OutputFile { get; init; }
    /// <summary>The command line shown in the report as the way to regenerate it.</summary>
    public string Command { get; init; } = "bash Tests/Benchmarks/run-benchmarks.sh";
    /// <summary>AOT/JIT pairs per function (default 7; 1 in smoke mode).</summary>
    public int ColdStartRounds { get; init; } = 7;
    /// <summary>Repeated runs of each throughput measurement (default 3; 1 in smoke mode).</summary>
    public int ThroughputRuns { get; init; } = 3;
    /// <summary>Account sizes of the API-call runs (default 1, 10 and 100 pools).</summary>
    public IReadOnlyList<int> PoolCounts { get; init; } = [1, 10, 100];
    /// <summary>Pools of the throughput runs (default 1,000).</summary>
    public int ThroughputPools { get; init; } = 1000;
    /// <summary>Scratch space for data lakes and state (deleted after each run).</summary>
    public required string ScratchDirectory { get; init; }

    /// <summary>Reads <c>--smoke --root DIR --aot DIR --jit DIR --out FILE --rounds N --runs N --pools N --command TEXT</c>.</summary>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var smoke = false;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--smoke")
            {
                smoke = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count)
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unknown argument '{args[i]}'. Use --smoke, --root, --aot, --jit, --out, --rounds, --runs, --pools, --command.");
            }
        }

        var root = Path.GetFullPath(values.GetValueOrDefault("root") ?? Integration.Tests.Emulators.RepositoryRoot.Find());
        var defaults = new BenchmarkOptions
        {
            Smoke = smoke,
            RepositoryRoot = root,
            AotDirectory = values.GetValueOrDefault("aot") ?? Path.Combine(root, "artifacts", "lambda"),
            JitDirectory = values.GetValueOrDefault("jit") ?? Path.Combine(root, "artifacts", "bench", "jit"),
            OutputFile = values.GetValueOrDefault("out"),
            ScratchDirectory = Path.Combine(Path.GetTempPath(), "ondilo-fanout-bench-" + Guid.NewGuid().ToString("N")[..8]),
        };
        var sized = smoke ? defaults with { ColdStartRounds = 1, ThroughputRuns = 1, PoolCounts = [1], ThroughputPools = 3 } : defaults;
        return sized with
        {
            Command = values.GetValueOrDefault("command") ?? sized.Command,
            ColdStartRounds = Number(values, "rounds") ?? sized.ColdStartRounds,
            ThroughputRuns = Number(values, "runs") ?? sized.ThroughputRuns,
            ThroughputPools = Number(values, "pools") ?? sized.ThroughputPools,
        };
    }

    private static int? Number(Dictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var text) ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : null;
}
