using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cloud;
using OndiloFanout.Domain.Ports;
using OndiloFanout.Integration.Tests.Emulators;
using Xunit;

namespace OndiloFanout.Integration.Tests.Cloud;

[Collection(DynaliteCollection.Name)]
public sealed class DynamoDbStateStoreLeaseTests(DynaliteFixture dynalite)
{
    private const long Pool = 77;
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 13, 20, 0, 500, TimeSpan.Zero);
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task TryAcquireAsync_FreePool_AcquiredUntilNowPlusDuration()
    {
        var (sut, _) = await CreateSutAsync();

        Assert.Equal(new LeaseResult(true, Start + Duration), await sut.TryAcquireAsync(Pool, "a", Duration, CancellationToken.None));
    }

    [Fact]
    public async Task TryAcquireAsync_HeldByAnother_RefusedWithTheHoldersEnd()
    {
        var (sut, time) = await CreateSutAsync();
        await sut.TryAcquireAsync(Pool, "a", Duration, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(new LeaseResult(false, Start + Duration), await sut.TryAcquireAsync(Pool, "b", Duration, CancellationToken.None));
        Assert.True((await sut.TryAcquireAsync(Pool + 1, "b", Duration, CancellationToken.None)).Acquired);
    }

    [Fact]
    public async Task TryAcquireAsync_HoldersLeaseExpired_Acquired()
    {
        var (sut, time) = await CreateSutAsync();
        await sut.TryAcquireAsync(Pool, "a", Duration, CancellationToken.None);
        time.Advance(Duration + TimeSpan.FromMilliseconds(1));

        var result = await sut.TryAcquireAsync(Pool, "b", Duration, CancellationToken.None);

        Assert.Equal(new LeaseResult(true, time.GetUtcNow() + Duration), result);
        Assert.False((await sut.TryAcquireAsync(Pool, "a", Duration, CancellationToken.None)).Acquired);
    }

    [Fact]
    public async Task TryAcquireAsync_SameOwnerAgain_RenewsTheLease()
    {
        var (sut, time) = await CreateSutAsync();
        await sut.TryAcquireAsync(Pool, "a", Duration, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(4));

        var renewed = await sut.TryAcquireAsync(Pool, "a", Duration, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(new LeaseResult(true, Start + TimeSpan.FromMinutes(9)), renewed);
        Assert.Equal(new LeaseResult(false, Start + TimeSpan.FromMinutes(9)), await sut.TryAcquireAsync(Pool, "b", Duration, CancellationToken.None));
    }

    [Fact]
    public async Task ReleaseAsync_ByTheOwner_FreesThePool()
    {
        var (sut, _) = await CreateSutAsync();
        await sut.TryAcquireAsync(Pool, "a", Duration, CancellationToken.None);

        await sut.ReleaseAsync(Pool, "a", CancellationToken.None);

        Assert.True((await sut.TryAcquireAsync(Pool, "b", Duration, CancellationToken.None)).Acquired);
    }

    [Fact]
    public async Task ReleaseAsync_ByAnotherOwner_KeepsTheLease()
    {
        var (sut, _) = await CreateSutAsync();
        await sut.TryAcquireAsync(Pool, "a", Duration, CancellationToken.None);

        await sut.ReleaseAsync(Pool, "b", CancellationToken.None);
        await sut.ReleaseAsync(Pool + 1, "b", CancellationToken.None);

        Assert.False((await sut.TryAcquireAsync(Pool, "b", Duration, CancellationToken.None)).Acquired);
    }

    [Fact]
    public async Task TryAcquireAsync_TenConcurrentOwners_ExactlyOneAcquires()
    {
        var (sut, _) = await CreateSutAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => sut.TryAcquireAsync(Pool, $"owner-{i}", Duration, CancellationToken.None)));

        Assert.Single(results, r => r.Acquired);
        Assert.All(results, r => Assert.Equal(Start + Duration, r.HeldUntil));
    }

    private async Task<(DynamoDbStateStore Sut, FakeTimeProvider Time)> CreateSutAsync()
    {
        var time = new FakeTimeProvider(Start);
        return (new DynamoDbStateStore(dynalite.Client, await dynalite.CreateStateTableAsync(), time, 10), time);
    }
}
