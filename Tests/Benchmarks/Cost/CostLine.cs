namespace OndiloFanout.Benchmarks.Cost;

/// <summary>One service's share of the monthly estimate.</summary>
public sealed record CostLine(string Service, string Usage, double MonthlyUsd);
