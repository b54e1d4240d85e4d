using System.Runtime.InteropServices;
using Ondilo.Simulator;
using Ondilo.Simulator.Standalone;

if (SimulatorArguments.IsHelp(args))
{
    Console.WriteLine(SimulatorArguments.Usage);
    return 0;
}

SimulatorOptions options;
TimeProvider time;
try
{
    options = SimulatorArguments.Parse(args);
    time = SimulatorClock.FromVariable(Environment.GetEnvironmentVariable(SimulatorClock.StartVariable));
}
catch (ArgumentException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    await Console.Error.WriteLineAsync(SimulatorArguments.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();

// Ctrl+C and SIGTERM (systemd, docker stop, a test harness) both stop it cleanly; the web host's own lifetime would
// swallow SIGTERM, since the simulator is started, not run.
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

await using var host = await OndiloSimulatorHost.StartAsync(options, time, stop.Token);
var token = host.IssueToken();
Console.WriteLine($"Ondilo simulator: {host.Account.Pools.Count} pools on {host.BaseUri}");
Console.WriteLine($"API base:      {new Uri(host.BaseUri, "api/customer/v1")}");
Console.WriteLine($"Access token:  {token.AccessToken}");
Console.WriteLine($"Refresh token: {token.RefreshToken}");
Console.WriteLine("Press Ctrl+C to stop.");
try
{
#pragma warning disable RS0030 // no clock involved: runs until Ctrl+C
    await Task.Delay(Timeout.Infinite, stop.Token);
#pragma warning restore RS0030
}
catch (OperationCanceledException)
{
    // Ctrl+C: fall through to dispose the host.
}

return 0;
