using OndiloFanout.Benchmarks;
using OndiloFanout.Configuration;

return await BenchmarkProgram.RunAsync(args, Console.Out, ProcessClock.FromSetting(Environment.GetEnvironmentVariable(SettingNames.ClockStart)), CancellationToken.None);
