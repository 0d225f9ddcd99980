using OmsServerless.Benchmarks;

return BenchmarkProgram.Run(args);
