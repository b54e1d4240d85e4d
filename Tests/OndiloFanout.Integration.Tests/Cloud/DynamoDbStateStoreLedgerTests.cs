using Amazon.DynamoDBv2.Model;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cloud;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Integration.Tests.Emulators;
using Xunit;

namespace OndiloFanout.Integration.Tests.Cloud;

[Collection(DynaliteCollection.Name)]
public sealed class DynamoDbStateStoreLedgerTests(DynaliteFixture dynalite)
{
    private static readonly DateOnly November1 = new(2026, 11, 1);

    [Fact]
    public async Task GetAsync_AfterPuts_ReturnsTheRangeOfThatPoolOnly()
    {
        var (sut, _) = await CreateSutAsync();
        for (var i = 0; i < 5; i++)
        {
            await sut.PutAsync(Entry(1, November1.AddDays(i)), CancellationToken.None);
        }

        await sut.PutAsync(Entry(2, November1.AddDays(2)), CancellationToken.None);
        await sut.TryAcquireAsync(1, "owner", TimeSpan.FromMinutes(1), CancellationToken.None);

        var entries = await sut.GetAsync(1, November1.AddDays(1), November1.AddDays(3), CancellationToken.None);

        Assert.Equal([November1.AddDays(1), November1.AddDays(2), November1.AddDays(3)], entries.Keys.Order());
        AssertSameEntry(Entry(1, November1.AddDays(2)), entries[November1.AddDays(2)]);
    }

    [Fact]
    public async Task GetAsync_NothingWritten_ReturnsEmpty()
    {
        var (sut, _) = await CreateSutAsync();

        Assert.Empty(await sut.GetAsync(1, November1, November1.AddDays(30), CancellationToken.None));
    }

    [Fact]
    public async Task PutAsync_SameDayTwice_Replaces()
    {
        var (sut, _) = await CreateSutAsync();
        await sut.PutAsync(Entry(1, November1) with { Status = DayStatus.Partial, Records = 3 }, CancellationToken.None);
        var topped = Entry(1, November1) with { Status = DayStatus.Closed, Records = 9, RunId = null, Cursor = new Dictionary<string, DateTimeOffset>() };

        await sut.PutAsync(topped, CancellationToken.None);

        var entry = Assert.Single(await sut.GetAsync(1, November1, November1, CancellationToken.None)).Value;
        AssertSameEntry(topped, entry);
    }

    [Fact]
    public async Task GetAsync_MoreEntriesThanOnePage_ReadsEveryPage()
    {
        var (_, table) = await CreateSutAsync();
        var ledger = new DynamoDbLedger(dynalite.Client, table, pageSize: 2);
        for (var i = 0; i < 7; i++)
        {
            await ledger.PutAsync(Entry(5, November1.AddDays(i)), CancellationToken.None);
        }

        var entries = await ledger.GetAsync(5, November1, November1.AddDays(29), CancellationToken.None);

        Assert.Equal(7, entries.Count);
    }

    [Fact]
    public async Task PutAsync_LedgerItem_HasTheDocumentedShapeAndNoTtl()
    {
        var (sut, table) = await CreateSutAsync();

        await sut.PutAsync(Entry(42, November1), CancellationToken.None);

        var item = (await dynalite.Client.GetItemAsync(new GetItemRequest
        {
            TableName = table,
            Key = new() { ["pk"] = new AttributeValue { S = "POOL#42" }, ["sk"] = new AttributeValue { S = "DAY#2026-11-01" } },
        })).Item;
        Assert.Equal("complete", item["status"].S);
        Assert.Equal("17", item["records"].N);
        Assert.Equal("2026-11-01T23:10:00.0000000Z", item["cursor"].M["ph"].S);
        Assert.Equal("run-7", item["runId"].S);
        Assert.False(item.ContainsKey(DynamoDbStateSchema.TimeToLive));
    }

    private static LedgerEntry Entry(long poolId, DateOnly day) => new()
    {
        PoolId = poolId,
        Day = day,
        Status = DayStatus.Complete,
        Records = 17,
        Cursor = new Dictionary<string, DateTimeOffset>
        {
            ["ph"] = new DateTimeOffset(day, new TimeOnly(23, 10), TimeSpan.Zero),
            ["temperature"] = new DateTimeOffset(day, new TimeOnly(22, 59, 59), TimeSpan.Zero).AddTicks(1234567),
        },
        UpdatedAt = new DateTimeOffset(day.AddDays(1), new TimeOnly(3, 0), TimeSpan.Zero),
        RunId = "run-7",
    };

    private static void AssertSameEntry(LedgerEntry expected, LedgerEntry actual)
    {
        Assert.Equal(expected with { Cursor = actual.Cursor }, actual);
        Assert.Equal(expected.Cursor.OrderBy(p => p.Key, StringComparer.Ordinal), actual.Cursor.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    private async Task<(DynamoDbStateStore Sut, string Table)> CreateSutAsync()
    {
        var table = await dynalite.CreateStateTableAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 13, 0, 0, TimeSpan.Zero));
        return (new DynamoDbStateStore(dynalite.Client, table, time, 10), table);
    }
}
