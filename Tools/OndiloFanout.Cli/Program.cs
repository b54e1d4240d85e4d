using System.CommandLine;
using System.Runtime.InteropServices;
using OndiloFanout.Cli;
using OndiloFanout.Cli.Rendering;

// Ctrl+C and SIGTERM (systemd stopping a timer's run) cancel the command, which then says that nothing was lost;
// a second one ends the process at once.
using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = !stop.IsCancellationRequested;
    stop.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
// The entry point is where the machine's clock comes in; everything below takes it as a TimeProvider.
#pragma warning disable RS0030
var clock = TimeProvider.System;
#pragma warning restore RS0030
return await CliApp.RunAsync(ConsoleUi.CreateDefault(), ConsoleUi.CreateLoginPrompt(), clock, args, new InvocationConfiguration(), stop.Token);
