using OndiloFanout.Benchmarks;
using OndiloFanout.Contracts;
using OndiloFanout.Lambda;

return await BenchmarkProgram.RunAsync(args, Console.Out, ProcessClock.FromSetting(Environment.GetEnvironmentVariable(SettingNames.ClockStart)), CancellationToken.None);
