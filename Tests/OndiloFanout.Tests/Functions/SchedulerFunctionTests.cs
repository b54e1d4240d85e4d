using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Contracts;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Domain.Pools;
using OndiloFanout.Functions.Scheduler;
using OndiloFanout.Lambda.Logging;
using OndiloFanout.Local;
using OndiloFanout.Ondilo;
using OndiloFanout.Pipeline.Scheduler;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Functions;

public sealed class SchedulerFunctionTests : IDisposable
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 1, 30, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Morning);
    private readonly LocalTempFolder _folder = new();
    private readonly FileStateStore _state;
    private readonly StringWriter _output = new();
    private readonly EmfMetrics _metrics;

    public SchedulerFunctionTests()
    {
        _state = new FileStateStore(_folder.Combine("state"), _time, 20);
        _metrics = new EmfMetrics(_output, _time, MetricNames.Namespace, "test");
    }

    public void Dispose()
    {
        _state.Dispose();
        _output.Dispose();
        _folder.Dispose();
    }

    private SchedulerFunction CreateSut()
    {
        var api = new ScriptedOndiloApi(new QuotaGate(_state, _time, TimeSpan.Zero), _time) { Pools = [new OndiloPool { Id = 7, Name = "Pool" }] };
        var handler = new SchedulerHandler(api, _state, new InProcessWorkQueue(_time), _time, new SchedulerOptions());
        var logger = new JsonLogger(_output, _time, new LoggerOptions { Service = "test" }, new SecretRedactor());
        return new SchedulerFunction(handler, logger, _metrics);
    }

    private async Task CompleteAsync(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            await _state.PutAsync(new LedgerEntry { PoolId = 7, Day = day, Status = DayStatus.Complete, Records = 144, Cursor = new Dictionary<string, DateTimeOffset>(), UpdatedAt = Morning }, CancellationToken.None);
        }
    }

    [Fact]
    public async Task HandleAsync_DailyRun_EmitsTheLakeLagAndTheDaysUntilTheFirstHistoryExpiry()
    {
        // Complete up to three days before today: three days behind, the oldest uncollected hour (the 23rd's midnight) leaves in 28 days less 1.5 hours.
        await CompleteAsync(UtcDay.Of(Morning - HistoryWindow.Depth), new DateOnly(2026, 11, 22));
        var sut = CreateSut();

        await sut.HandleAsync(Json("{}"), new LambdaTestContext(), CancellationToken.None);
        var metrics = EmfLine();

        Assert.Equal(3, metrics.GetProperty(MetricNames.LakeLagDays).GetDouble());
        Assert.Equal(27.9, metrics.GetProperty(MetricNames.HistoryExpiryDays).GetDouble());
        Assert.Contains("""{"Name":"HistoryExpiryDays","Unit":"None"}""", metrics.GetProperty("_aws").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ExplicitDay_EmitsNoPlanMetric()
    {
        var sut = CreateSut();

        await sut.HandleAsync(Json("""{"date":"2026-11-20"}"""), new LambdaTestContext(), CancellationToken.None);
        var metrics = EmfLine();

        Assert.False(metrics.TryGetProperty(MetricNames.LakeLagDays, out _));
        Assert.False(metrics.TryGetProperty(MetricNames.HistoryExpiryDays, out _));
    }

    // The metrics are written when the invocation ends (the invocation loop flushes them): flush as it would.
    private JsonElement EmfLine()
    {
        _metrics.Flush();
        return _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).Single(l => l.TryGetProperty("_aws", out _));
    }

    private static JsonElement Json(string payload) => JsonDocument.Parse(payload).RootElement.Clone();
}
