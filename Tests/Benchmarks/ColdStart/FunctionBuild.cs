namespace OndiloFanout.Benchmarks.ColdStart;

/// <summary>One way to start a function: its Native AOT <c>bootstrap</c>, or its managed dll under <c>dotnet</c> (JIT).</summary>
public sealed record FunctionBuild
{
    public const string Aot = "AOT";
    public const string Jit = "JIT";

    /// <summary><c>scheduler</c> or <c>device-fetcher</c>, as in <c>artifacts/lambda</c>.</summary>
    public required string Function { get; init; }

    /// <summary><see cref="Aot"/> or <see cref="Jit"/>.</summary>
    public required string Kind { get; init; }

    public required string FileName { get; init; }

    public required IReadOnlyList<string> Arguments { get; init; }

    /// <summary>The published <c>bootstrap</c> in <c>&lt;aotDirectory&gt;/&lt;function&gt;/</c>, or null when it was not built.</summary>
    public static FunctionBuild? FindAot(string aotDirectory, string function)
    {
        var path = Path.Combine(aotDirectory, function, "bootstrap");
        return File.Exists(path) ? new FunctionBuild { Function = function, Kind = Aot, FileName = path, Arguments = [] } : null;
    }

    /// <summary>
    /// The managed build in <c>&lt;jitDirectory&gt;/&lt;function&gt;/</c> (a framework-dependent publish) or directly in
    /// <paramref name="jitDirectory"/> (a build output holding both functions), or null.
    /// </summary>
    public static FunctionBuild? FindJit(string jitDirectory, string function)
    {
        var dll = function == "scheduler" ? "OndiloFanout.Functions.Scheduler.dll" : "OndiloFanout.Functions.DeviceFetcher.dll";
        var path = new[] { Path.Combine(jitDirectory, function, dll), Path.Combine(jitDirectory, dll) }.FirstOrDefault(File.Exists);
        return path is null ? null : new FunctionBuild { Function = function, Kind = Jit, FileName = "dotnet", Arguments = [path] };
    }
}
