using Xunit;

namespace OndiloFanout.Tests.Reliability;

/// <summary>
/// Tests that measure the process's memory: the heap is shared by every test running at the same time, so these run
/// alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredAloneCollection
{
    public const string Name = "measured alone";
}
