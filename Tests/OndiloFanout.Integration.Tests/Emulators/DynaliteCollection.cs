using Xunit;

namespace OndiloFanout.Integration.Tests.Emulators;

/// <summary>The tests that share one dynalite process.</summary>
[CollectionDefinition(Name)]
public sealed class DynaliteCollection : ICollectionFixture<DynaliteFixture>
{
    public const string Name = "dynalite";
}
