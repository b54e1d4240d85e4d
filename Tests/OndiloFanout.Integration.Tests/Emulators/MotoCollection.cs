using Xunit;

namespace OndiloFanout.Integration.Tests.Emulators;

/// <summary>The tests that share one moto server.</summary>
[CollectionDefinition(Name)]
public sealed class MotoCollection : ICollectionFixture<MotoFixture>
{
    public const string Name = "moto";
}
