using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cloud;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Integration.Tests.Emulators;
using Xunit;

namespace OndiloFanout.Integration.Tests.Cloud;

[Collection(DynaliteCollection.Name)]
public sealed class DynamoDbStateStoreFailureStreakTests(DynaliteFixture dynalite)
{
    private const long Pool = 77;
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 13, 20, 0, 500, TimeSpan.Zero);

    [Fact]
    public async Task GetStreakAsync_NothingFailed_Null()
    {
        var sut = await CreateSutAsync();

        Assert.Null(await sut.GetStreakAsync(Pool, "run-1", CancellationToken.None));
    }

    [Fact]
    public async Task PutStreakAsync_BlockedStreak_ReadBackWholeForItsPoolAndRunOnly()
    {
        var sut = await CreateSutAsync();
        var streak = new FailureStreak { Failures = 5, LastError = "IOException: the delivery stream is down", LastFailedAt = Now, BlockedAt = Now };

        await sut.PutStreakAsync(Pool, "run-1", streak, CancellationToken.None);

        Assert.Equal(streak, await sut.GetStreakAsync(Pool, "run-1", CancellationToken.None));
        Assert.Null(await sut.GetStreakAsync(Pool, "run-2", CancellationToken.None));
        Assert.Null(await sut.GetStreakAsync(Pool + 1, "run-1", CancellationToken.None));
        Assert.Empty(await sut.GetAsync(Pool, new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1), CancellationToken.None));
    }

    [Fact]
    public async Task ClearStreakAsync_AfterFailures_Forgotten()
    {
        var sut = await CreateSutAsync();
        await sut.PutStreakAsync(Pool, "run-1", new FailureStreak { Failures = 2, LastError = "500", LastFailedAt = Now }, CancellationToken.None);

        await sut.ClearStreakAsync(Pool, "run-1", CancellationToken.None);

        Assert.Null(await sut.GetStreakAsync(Pool, "run-1", CancellationToken.None));
    }

    private async Task<DynamoDbStateStore> CreateSutAsync() =>
        new(dynalite.Client, await dynalite.CreateStateTableAsync(), new FakeTimeProvider(Now), 10);
}
