using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace OndiloFanout.Integration.Tests.Emulators;

/// <summary>
/// One emulator: a node script over the repository's npm packages, or a Python script over moto, started on a loopback
/// port of its choosing, ready once it prints <c>ready &lt;port&gt;</c>, and killed by its process id (with its tree) on dispose.
/// </summary>
internal sealed class EmulatorProcess : IAsyncDisposable
{
    private const string ReadyPrefix = "ready ";
    // Generous: the first start on a busy shared machine loads a few MB of JavaScript.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;

    private EmulatorProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The port the emulator listens on, on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The emulator's base URL.</summary>
    public string ServiceUrl => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}");

    /// <summary>Starts <c>node Emulators/&lt;script&gt; 0</c> and waits for its ready line.</summary>
    public static Task<EmulatorProcess> StartAsync(string script, string package)
    {
        var root = RepositoryRoot.Find();
        var modules = Path.Combine(root, "node_modules");
        if (!Directory.Exists(Path.Combine(modules, package)))
        {
            throw new InvalidOperationException($"The npm package '{package}' is not installed in {modules}: run npm ci at the repository root.");
        }

        var start = StartInfo("node", root, script);
        start.Environment["NODE_PATH"] = modules;
        return LaunchAsync(start, script, "install Node.js 20+ and run npm ci at the repository root");
    }

    /// <summary>Starts <c>python3 Emulators/&lt;script&gt; 0</c> (moto's server) and waits for its ready line.</summary>
    public static Task<EmulatorProcess> StartPythonAsync(string script)
    {
        var start = StartInfo("python3", RepositoryRoot.Find(), script);
        // Under libfaketime (Tools/test-at.sh) Python's sleeps never end while the monotonic clock is faked (checked:
        // moto's 1-second long poll did not answer in 20 s); its wall clock still moves with everyone else's.
        start.Environment["FAKETIME_DONT_FAKE_MONOTONIC"] = "1";
        return LaunchAsync(start, script, "install Python 3 and moto's server: pip install \"moto[server]\" (test.sh does)");
    }

    private static ProcessStartInfo StartInfo(string interpreter, string root, string script)
    {
        var start = new ProcessStartInfo(interpreter)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Emulators", script));
        start.ArgumentList.Add("0");
        return start;
    }

    private static async Task<EmulatorProcess> LaunchAsync(ProcessStartInfo start, string script, string remedy)
    {
        var process = new Process { StartInfo = start };
        var ready = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.StartsWith(ReadyPrefix, StringComparison.Ordinal))
            {
                ready.TrySetResult(int.Parse(line[ReadyPrefix.Length..], CultureInfo.InvariantCulture));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException(
            $"{script} exited before it was ready ({remedy}): {Snapshot(errors)}"));

        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new InvalidOperationException($"Cannot start {start.FileName}: {remedy}.", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var port = await ready.Task.WaitAsync(StartTimeout);
            return new EmulatorProcess(process, port);
        }
        catch (TimeoutException)
        {
            Kill(process);
            throw new InvalidOperationException(
                $"{script} did not print its ready line within {StartTimeout.TotalSeconds} s ({remedy}): {Snapshot(errors)}");
        }
        catch
        {
            Kill(process);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill(_process);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static void Kill(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static string Snapshot(StringBuilder errors)
    {
        lock (errors)
        {
            return errors.ToString().Trim();
        }
    }
}
