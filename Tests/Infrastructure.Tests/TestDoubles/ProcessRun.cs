using System.ComponentModel;
using System.Diagnostics;

namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>A finished child process: its exit code and everything it wrote.</summary>
public sealed record ProcessRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>
    /// Runs the process to its end, reading both streams; kills its whole tree when <paramref name="timeout"/> passes.
    /// Returns null when the program does not exist.
    /// </summary>
    public static async Task<ProcessRun?> StartAsync(ProcessStartInfo start, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        Process? started;
        try
        {
            started = Process.Start(start);
        }
        catch (Win32Exception)
        {
            return null;
        }

        using var process = started ?? throw new InvalidOperationException($"{start.FileName} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ProcessRun(process.ExitCode, await stdout, await stderr);
    }
}
