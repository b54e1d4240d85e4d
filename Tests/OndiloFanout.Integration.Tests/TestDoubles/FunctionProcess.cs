using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using OndiloFanout.Contracts;
using OndiloFanout.Integration.Tests.Emulators;

namespace OndiloFanout.Integration.Tests.TestDoubles;

/// <summary>
/// A function running as its own process, as Lambda runs it: the JIT build (<c>dotnet &lt;dll&gt;</c>) or the
/// Native AOT <c>bootstrap</c> that Tools/build-lambdas.sh publishes. Collects its standard output (the logs).
/// </summary>
internal sealed class FunctionProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private FunctionProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public IReadOnlyList<string> Output => [.. _output];

    public bool HasExited => _process.HasExited;

    /// <summary>The process's peak resident memory so far (VmHWM), in MiB; null where /proc is not available.</summary>
    public double? PeakResidentMiB()
    {
        var status = $"/proc/{_process.Id}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? null : double.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>The project's build output for <paramref name="kind"/> <c>jit</c>, or the AOT bootstrap for <c>aot</c>; null when absent.</summary>
    public static string? Locate(string project, string assetFolder, string kind)
    {
        var root = RepositoryRoot.Find();
        if (kind == "aot")
        {
            var bootstrap = Path.Combine(root, "artifacts", "lambda", assetFolder, "bootstrap");
            return File.Exists(bootstrap) ? bootstrap : null;
        }

        // The same configuration as this test assembly (bin/<Configuration>/net10.0/).
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(root, project, "bin", configuration, "net10.0", $"OndiloFanout.{project}.dll");
        return File.Exists(dll) ? dll : null;
    }

    /// <summary>Starts the function with <paramref name="environment"/>, its clock starting at <paramref name="clock"/>'s now.</summary>
    public static FunctionProcess Start(string path, IReadOnlyDictionary<string, string> environment, TimeProvider clock)
    {
        var info = path.EndsWith(".dll", StringComparison.Ordinal)
            ? new ProcessStartInfo("dotnet") { ArgumentList = { path } }
            : new ProcessStartInfo(path);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        foreach (var variable in environment)
        {
            info.Environment[variable.Key] = variable.Value;
        }

        info.Environment[SettingNames.ClockStart] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

        return new FunctionProcess(Process.Start(info) ?? throw new InvalidOperationException($"Could not start {path}."));
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
