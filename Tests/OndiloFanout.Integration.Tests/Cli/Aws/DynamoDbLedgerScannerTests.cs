using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cloud;
using OndiloFanout.Cli.Aws;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Integration.Tests.Emulators;
using Xunit;

namespace OndiloFanout.Integration.Tests.Cli.Aws;

[Collection(DynaliteCollection.Name)]
public sealed class DynamoDbLedgerScannerTests(DynaliteFixture dynalite)
{
    private static readonly DateOnly November1 = new(2026, 11, 1);
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ScanAsync_LedgerQuotaAndLeaseItems_ReturnsEveryLedgerEntryOnly()
    {
        var (store, sut) = await CreateSutAsync(pageSize: null);
        await store.PutAsync(Entry(138, November1, DayStatus.Complete, "run-a"), CancellationToken.None);
        await store.PutAsync(Entry(138, November1.AddDays(1), DayStatus.Partial, "run-b"), CancellationToken.None);
        await store.PutAsync(Entry(2617, November1, DayStatus.Closed, null), CancellationToken.None);
        await store.TryTakeAsync(3, CancellationToken.None);
        await store.TryAcquireAsync(138, "owner", TimeSpan.FromMinutes(1), CancellationToken.None);

        var entries = await sut.ScanAsync(CancellationToken.None);

        Assert.Equal(
            [(138L, November1, DayStatus.Complete, "run-a"), (138L, November1.AddDays(1), DayStatus.Partial, "run-b"), (2617L, November1, DayStatus.Closed, (string?)null)],
            entries.Select(e => (e.PoolId, e.Day, e.Status, e.RunId)).Order());
        Assert.All(entries, e => Assert.Equal(42, e.Records));
    }

    [Fact]
    public async Task ScanAsync_MorePagesThanOne_ReadsThemAll()
    {
        var (store, sut) = await CreateSutAsync(pageSize: 2);
        for (var i = 0; i < 7; i++)
        {
            await store.PutAsync(Entry(1 + (i % 3), November1.AddDays(i), DayStatus.Complete, "run"), CancellationToken.None);
        }

        var entries = await sut.ScanAsync(CancellationToken.None);

        Assert.Equal(7, entries.Count);
        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.PoolId).Distinct().Order());
    }

    [Fact]
    public async Task ScanAsync_EmptyTable_ReturnsEmpty()
    {
        var (_, sut) = await CreateSutAsync(pageSize: null);

        Assert.Empty(await sut.ScanAsync(CancellationToken.None));
    }

    private async Task<(DynamoDbStateStore Store, DynamoDbLedgerScanner Sut)> CreateSutAsync(int? pageSize)
    {
        var table = await dynalite.CreateStateTableAsync();
        return (new DynamoDbStateStore(dynalite.Client, table, new FakeTimeProvider(Now), 20), new DynamoDbLedgerScanner(dynalite.Client, table, pageSize));
    }

    private static LedgerEntry Entry(long poolId, DateOnly day, DayStatus status, string? runId) => new()
    {
        PoolId = poolId,
        Day = day,
        Status = status,
        Records = 42,
        Cursor = new Dictionary<string, DateTimeOffset> { ["ph"] = Now },
        UpdatedAt = Now,
        RunId = runId,
    };
}
