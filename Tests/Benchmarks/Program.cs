using OndiloFanout.Benchmarks;
using OndiloFanout.Contracts;
using OndiloFanout.Lambda;
using OndiloFanout.Pipeline.Composition;

return await BenchmarkProgram.RunAsync(args, Console.Out, ProcessClock.FromSetting(Environment.GetEnvironmentVariable(SettingNames.ClockStart)), CancellationToken.None);
