using System.Collections.Concurrent;
using System.Diagnostics;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>
/// One of the project's tools (the CLI, the simulator) run as its own process from this test's build output
/// (<c>dotnet &lt;tool&gt;.dll</c>), with its standard output and error collected apart.
/// </summary>
internal sealed class ToolProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _out = new();
    private readonly ConcurrentQueue<string> _err = new();

    private ToolProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Collect(_out, e.Data);
        process.ErrorDataReceived += (_, e) => Collect(_err, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Out => string.Join('\n', _out);

    public string Err => string.Join('\n', _err);

    /// <summary>Starts <c>dotnet &lt;assembly&gt;.dll</c> from this test's output folder, in <paramref name="workingDirectory"/>.</summary>
    public static ToolProcess Start(string assembly, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly + ".dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var variable in environment ?? new Dictionary<string, string>())
        {
            info.Environment[variable.Key] = variable.Value;
        }

        return new ToolProcess(Process.Start(info) ?? throw new InvalidOperationException($"Could not start {assembly}."));
    }

    /// <summary>Waits until the standard output holds <paramref name="text"/>; false when the process ended or the time ran out first.</summary>
    public async Task<bool> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout && !_process.HasExited)
        {
            if (Out.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return Out.Contains(text, StringComparison.Ordinal);
    }

    /// <summary>Sends a POSIX signal (e.g. <c>TERM</c>, <c>INT</c>) with <c>kill</c>.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })
            ?? throw new InvalidOperationException("Could not run kill.");
        await kill.WaitForExitAsync();
    }

    /// <summary>The exit code, or null when the process still runs after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
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

    private static void Collect(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
