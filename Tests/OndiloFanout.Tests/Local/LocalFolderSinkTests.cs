using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Local;
using OndiloFanout.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Tests.Local;

public sealed partial class LocalFolderSinkTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 5, 3, 4, 5, 678, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 11, 4);

    private readonly LocalTempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(Now);
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _folder.Dispose();

    private LocalFolderSink CreateSut() => new(_folder.Path, _time);

    [GeneratedRegex(@"^deviceId=12/year=2026/month=11/day=04/ondilo-fanout-20261105T030405678Z-[0-9a-f]{8}\.jsonl$")]
    private static partial Regex ExpectedPath();

    [Fact]
    public async Task WriteAsync_Batch_OneFileUnderPartitionPathNamedLikeFirehose()
    {
        await CreateSut().WriteAsync(Batch(3), _ct);

        Assert.Matches(ExpectedPath(), Assert.Single(_folder.AllFiles()));
    }

    [Fact]
    public async Task WriteAsync_Batch_JsonLinesUtf8WithoutBomParseBack()
    {
        var batch = Batch(3);

        await CreateSut().WriteAsync(batch, _ct);

        var bytes = File.ReadAllBytes(_folder.Combine(Assert.Single(_folder.AllFiles())));
        Assert.NotEqual(0xEF, bytes[0]);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("", lines[3]);
        var parsed = lines[..3].Select(line => JsonSerializer.Deserialize(line, MeasureRecordJsonContext.Default.MeasureRecord));
        Assert.Equal(batch.Records, parsed);
    }

    [Fact]
    public async Task WriteAsync_NameWithApostropheAndUnitInDegrees_WrittenAsText()
    {
        var batch = Batch(1);
        batch = batch with { Records = [batch.Records[0] with { PoolName = "John's Pool" }] };

        await CreateSut().WriteAsync(batch, _ct);

        var text = File.ReadAllText(_folder.Combine(Assert.Single(_folder.AllFiles())));
        Assert.Contains("\"poolName\":\"John's Pool\"", text, StringComparison.Ordinal);
        Assert.Contains("\"unit\":\"°C\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_TwoBatchesOfOneDay_TwoFilesBothReadBack()
    {
        var sut = CreateSut();
        await sut.WriteAsync(Batch(2), _ct);
        _time.Advance(TimeSpan.FromMinutes(1));

        await sut.WriteAsync(Batch(3, firstMinute: 100), _ct);

        Assert.Equal(2, _folder.AllFiles().Count);
        Assert.Equal(5, LocalLake.ReadDay(_folder.Path, 12, Day).Count());
    }

    [Fact]
    public async Task WriteAsync_EmptyBatch_WritesNothing()
    {
        await CreateSut().WriteAsync(Batch(0), _ct);

        Assert.Empty(_folder.AllFiles());
    }

    [Fact]
    public async Task WriteAsync_RecordOfAnotherDay_ThrowsAndWritesNothing()
    {
        var batch = Batch(2);
        var stray = batch.Records[1] with { Day = "05" };

        await Assert.ThrowsAsync<ArgumentException>(
            () => CreateSut().WriteAsync(batch with { Records = [batch.Records[0], stray] }, _ct));
        Assert.Empty(_folder.AllFiles());
    }

    [Fact]
    public async Task WriteAsync_Cancelled_LeavesNoFileAndNoTemp()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CreateSut().WriteAsync(Batch(2), cancelled.Token));

        Assert.Empty(_folder.AllFiles());
    }

    internal static DeviceDayRecords Batch(int count, int firstMinute = 0, long poolId = 12) => new()
    {
        PoolId = poolId,
        Day = Day,
        Records = Enumerable.Range(firstMinute, count).Select(minute => Record(poolId, minute)).ToList(),
    };

    private static MeasureRecord Record(long poolId, int minute)
    {
        var time = Day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddMinutes(minute).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return new MeasureRecord
        {
            DeviceId = PartitionKey.DeviceIdOf(poolId),
            PoolId = poolId,
            PoolName = "Piscine é",
            Type = "temperature",
            Value = 24.5 + minute,
            Unit = "°C",
            ValueTime = time,
            IsValid = true,
            Year = PartitionKey.YearOf(Day),
            Month = PartitionKey.MonthOf(Day),
            Day = PartitionKey.DayOf(Day),
            RecordId = $"{poolId}-temperature-{time}",
            CollectedAt = "2026-11-05T03:04:05Z",
            Source = "ondilo:week",
        };
    }
}
