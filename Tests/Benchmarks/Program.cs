using OndiloFanout.Benchmarks;

return await BenchmarkProgram.RunAsync(args, Console.Out, CancellationToken.None);
