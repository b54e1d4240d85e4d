using Amazon.DynamoDBv2.Model;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cloud;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Integration.Tests.Emulators;
using Xunit;

namespace OndiloFanout.Integration.Tests.Cloud;

[Collection(DynaliteCollection.Name)]
public sealed class DynamoDbStateStoreQuotaTests(DynaliteFixture dynalite)
{
    private const int Limit = 10;
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 13, 59, 58, TimeSpan.Zero);
    private static readonly DateTimeOffset NextHour = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TryTakeAsync_WithinBudget_GrantedAndCounted()
    {
        var (sut, _, _) = await CreateSutAsync();

        var grant = await sut.TryTakeAsync(6, CancellationToken.None);

        Assert.Equal(QuotaGrant.Yes(Start), grant);
        Assert.Equal(new QuotaUsage(new DateTimeOffset(2026, 11, 24, 13, 0, 0, TimeSpan.Zero), 6, Limit), await sut.GetUsageAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TryTakeAsync_MoreThanLeft_RefusedUntilNextHourAndNothingTaken()
    {
        var (sut, _, _) = await CreateSutAsync();
        await sut.TryTakeAsync(7, CancellationToken.None);

        var refused = await sut.TryTakeAsync(4, CancellationToken.None);
        var rest = await sut.TryTakeAsync(3, CancellationToken.None);

        Assert.Equal(new QuotaGrant(false, NextHour), refused);
        Assert.True(rest.Granted);
        Assert.Equal(Limit, (await sut.GetUsageAsync(CancellationToken.None)).Used);
    }

    [Fact]
    public async Task TryTakeAsync_MoreThanTheWholeLimit_RefusedWithoutCounting()
    {
        var (sut, _, _) = await CreateSutAsync();

        Assert.False((await sut.TryTakeAsync(Limit + 1, CancellationToken.None)).Granted);
        Assert.Equal(0, (await sut.GetUsageAsync(CancellationToken.None)).Used);
    }

    [Fact]
    public async Task TryTakeAsync_TwentyConcurrentTakesOfOne_ExactlyTenGranted()
    {
        var (sut, _, _) = await CreateSutAsync();

        var grants = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => sut.TryTakeAsync(1, CancellationToken.None)));

        Assert.Equal(Limit, grants.Count(g => g.Granted));
        Assert.Equal(Limit, (await sut.GetUsageAsync(CancellationToken.None)).Used);
    }

    [Fact]
    public async Task TryTakeAsync_NextHour_BudgetStartsAgain()
    {
        var (sut, time, _) = await CreateSutAsync();
        await sut.TryTakeAsync(Limit, CancellationToken.None);
        Assert.False((await sut.TryTakeAsync(1, CancellationToken.None)).Granted);

        time.Advance(TimeSpan.FromSeconds(2));

        Assert.True((await sut.TryTakeAsync(1, CancellationToken.None)).Granted);
        Assert.Equal(new QuotaUsage(NextHour, 1, Limit), await sut.GetUsageAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AddUsedAsync_BeyondTheLimit_CountsEveryCall()
    {
        var (sut, _, _) = await CreateSutAsync();
        await sut.TryTakeAsync(8, CancellationToken.None);

        await sut.AddUsedAsync(5, CancellationToken.None);

        Assert.Equal(13, (await sut.GetUsageAsync(CancellationToken.None)).Used);
        Assert.False((await sut.TryTakeAsync(0, CancellationToken.None)).Granted);
    }

    [Fact]
    public async Task ExhaustAsync_PartlyUsed_LeavesNothingThisHour()
    {
        var (sut, _, _) = await CreateSutAsync();
        await sut.TryTakeAsync(3, CancellationToken.None);

        await sut.ExhaustAsync(CancellationToken.None);

        Assert.Equal(Limit, (await sut.GetUsageAsync(CancellationToken.None)).Used);
        Assert.False((await sut.TryTakeAsync(1, CancellationToken.None)).Granted);
    }

    [Fact]
    public async Task ExhaustAsync_AlreadyOverTheLimit_KeepsTheHigherCount()
    {
        var (sut, _, _) = await CreateSutAsync();
        await sut.AddUsedAsync(12, CancellationToken.None);

        await sut.ExhaustAsync(CancellationToken.None);

        Assert.Equal(12, (await sut.GetUsageAsync(CancellationToken.None)).Used);
    }

    [Fact]
    public async Task ExhaustAsync_FreshHour_CreatesAFullCounter()
    {
        var (sut, _, _) = await CreateSutAsync();

        await sut.ExhaustAsync(CancellationToken.None);

        Assert.Equal(Limit, (await sut.GetUsageAsync(CancellationToken.None)).Used);
    }

    [Fact]
    public async Task TryTakeAsync_CounterItem_ExpiresADayAfterItsHour()
    {
        var (sut, _, table) = await CreateSutAsync();

        await sut.TryTakeAsync(1, CancellationToken.None);

        var item = (await dynalite.Client.GetItemAsync(new GetItemRequest
        {
            TableName = table,
            Key = new() { ["pk"] = new AttributeValue { S = "QUOTA" }, ["sk"] = new AttributeValue { S = "HOUR#2026-11-24T13" } },
        })).Item;
        Assert.Equal(NextHour.AddDays(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), item["ttl"].N);
        Assert.Equal("10", item["limit"].N);
    }

    private async Task<(DynamoDbStateStore Sut, FakeTimeProvider Time, string Table)> CreateSutAsync()
    {
        var table = await dynalite.CreateStateTableAsync();
        var time = new FakeTimeProvider(Start);
        return (new DynamoDbStateStore(dynalite.Client, table, time, Limit), time, table);
    }
}
