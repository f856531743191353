using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/DevPlan.Core.Benchmarks -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
