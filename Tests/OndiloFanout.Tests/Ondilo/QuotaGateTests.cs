using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Ondilo;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Ondilo;

public sealed class QuotaGateTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 10, 20, 0, TimeSpan.Zero));

    [Fact]
    public async Task BeforeCallAsync_WithinReservation_TakesNothingMore()
    {
        var budget = new InMemoryQuotaBudget(_time, 20);
        var gate = new QuotaGate(budget, _time, TimeSpan.Zero);

        Assert.True((await gate.ReserveAsync(6, CancellationToken.None)).Granted);
        for (var i = 0; i < 6; i++)
        {
            await gate.BeforeCallAsync("/pools", CancellationToken.None);
        }

        Assert.Equal(6, budget.Used);
        Assert.Equal(6, gate.Calls);
    }

    [Fact]
    public async Task BeforeCallAsync_BeyondReservation_TakesOneAtATimeUntilSpent()
    {
        var budget = new InMemoryQuotaBudget(_time, 2);
        var gate = new QuotaGate(budget, _time, TimeSpan.Zero);
        await gate.BeforeCallAsync("/a", CancellationToken.None);
        await gate.BeforeCallAsync("/b", CancellationToken.None);

        var refused = await Assert.ThrowsAsync<OndiloApiException>(() => gate.BeforeCallAsync("/c", CancellationToken.None).AsTask());

        Assert.Equal(OndiloFailure.QuotaExhausted, refused.Failure);
        Assert.Null(refused.StatusCode);
        Assert.Contains("11:00 UTC", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, gate.Calls);
    }

    [Fact]
    public async Task ReserveAsync_MoreThanLeft_TakesNothing()
    {
        var budget = new InMemoryQuotaBudget(_time, 5);
        var gate = new QuotaGate(budget, _time, TimeSpan.Zero);

        var grant = await gate.ReserveAsync(6, CancellationToken.None);

        Assert.False(grant.Granted);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 11, 0, 0, TimeSpan.Zero), grant.RetryAt);
        Assert.Equal(0, budget.Used);
    }

    [Fact]
    public async Task BeforeCallAsync_WithAnInterval_SpacesCallsOnTheClock()
    {
        var gate = new QuotaGate(new InMemoryQuotaBudget(_time, 20), _time, TimeSpan.FromMilliseconds(400));
        await gate.BeforeCallAsync("/a", CancellationToken.None);

        var second = gate.BeforeCallAsync("/b", CancellationToken.None).AsTask();
        _time.Advance(TimeSpan.FromMilliseconds(399));
        var waitedBeforeTheInterval = second.IsCompleted;
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await second;

        Assert.False(waitedBeforeTheInterval);
        Assert.Equal(2, gate.Calls);
    }

    [Fact]
    public async Task ReserveAsync_Disposed_LaterCallsTakeFromTheBudget()
    {
        var budget = new InMemoryQuotaBudget(_time, 20);
        var gate = new QuotaGate(budget, _time, TimeSpan.Zero);
        var reservation = await gate.ReserveAsync(3, CancellationToken.None);

        reservation.Dispose();
        await gate.BeforeCallAsync("/pools", CancellationToken.None);

        Assert.Equal(4, budget.Used);
    }

    [Theory]
    [InlineData(OndiloFailure.QuotaExhausted, 400, true)]
    [InlineData(OndiloFailure.QuotaExhausted, 429, true)]
    [InlineData(OndiloFailure.AmbiguousRefusal, 400, true)]
    [InlineData(OndiloFailure.QuotaExhausted, null, false)]
    [InlineData(OndiloFailure.Transient, 400, false)]
    [InlineData(OndiloFailure.LoginRequired, 400, false)]
    public async Task ReportRefusalAsync_WhatTheApiAnswered_EmptiesTheBudgetOnlyForItsQuotaAnswer(OndiloFailure failure, int? status, bool endsTheHour)
    {
        var budget = new InMemoryQuotaBudget(_time, 20);
        var gate = new QuotaGate(budget, _time, TimeSpan.Zero);

        var ended = await gate.ReportRefusalAsync(new OndiloApiException(failure, "/pools", (System.Net.HttpStatusCode?)status, "refused"), CancellationToken.None);

        Assert.Equal(endsTheHour, ended);
        Assert.Equal(endsTheHour ? 20 : 0, budget.Used);
    }
}
