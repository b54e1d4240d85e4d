using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Local;
using Xunit;

namespace OndiloFanout.Tests.Local;

public sealed class InProcessWorkQueueTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 13, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Visibility = TimeSpan.FromMinutes(6);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly CancellationToken _ct = CancellationToken.None;

    private InProcessWorkQueue CreateSut(int maxReceiveCount = 5) =>
        new(_time, new InProcessQueueOptions { VisibilityTimeout = Visibility, MaxReceiveCount = maxReceiveCount });

    private static WorkMessage Message(long poolId = 12, int day = 24) => new()
    {
        Version = WorkMessage.CurrentVersion,
        RunId = "run-1",
        PoolId = poolId,
        Day = new DateOnly(2026, 11, day),
        Types = ["temperature", "ph"],
    };

    [Fact]
    public async Task SendAsync_ThenReceive_BodyIsTheSerializedMessage()
    {
        var sut = CreateSut();
        var sent = Message();

        await sut.SendAsync([sent], _ct);
        var received = Assert.Single(await sut.ReceiveAsync(10, _ct));

        var body = JsonSerializer.Deserialize(received.Body, WorkMessageJsonContext.Default.WorkMessage)!;
        Assert.Equal(sent.PoolId, body.PoolId);
        Assert.Equal(sent.Day, body.Day);
        Assert.Equal(sent.Types, body.Types);
        Assert.Equal(1, received.ReceiveCount);
        Assert.Equal(Start, received.SentAt);
    }

    [Fact]
    public async Task ReceiveAsync_WithinVisibilityTimeout_ReturnsNothing()
    {
        var sut = CreateSut();
        await sut.SendRawAsync("a", _ct);
        await sut.ReceiveAsync(1, _ct);

        _time.Advance(Visibility - TimeSpan.FromSeconds(1));

        Assert.Empty(await sut.ReceiveAsync(10, _ct));
        Assert.Equal(1, sut.Count);
    }

    [Fact]
    public async Task ReceiveAsync_AfterVisibilityTimeout_RedeliversWithReceiveCountTwo()
    {
        var sut = CreateSut();
        await sut.SendRawAsync("a", _ct);
        var first = Assert.Single(await sut.ReceiveAsync(1, _ct));

        _time.Advance(Visibility);
        var second = Assert.Single(await sut.ReceiveAsync(1, _ct));

        Assert.Equal(first.MessageId, second.MessageId);
        Assert.NotEqual(first.ReceiptHandle, second.ReceiptHandle);
        Assert.Equal(2, second.ReceiveCount);
    }

    [Fact]
    public async Task DeleteAsync_LatestHandle_RemovesMessageForGood()
    {
        var sut = CreateSut();
        await sut.SendRawAsync("a", _ct);
        var received = Assert.Single(await sut.ReceiveAsync(1, _ct));

        await sut.DeleteAsync(received.ReceiptHandle, _ct);
        _time.Advance(Visibility);

        Assert.Empty(await sut.ReceiveAsync(10, _ct));
        Assert.Equal(0, sut.Count);
        Assert.Null(sut.NextVisibleAt);
    }

    [Fact]
    public async Task DeleteAsync_StaleHandleAfterRedelivery_IsIgnored()
    {
        var sut = CreateSut();
        await sut.SendRawAsync("a", _ct);
        var first = Assert.Single(await sut.ReceiveAsync(1, _ct));
        _time.Advance(Visibility);
        var second = Assert.Single(await sut.ReceiveAsync(1, _ct));

        await sut.DeleteAsync(first.ReceiptHandle, _ct);

        Assert.Equal(1, sut.Count);
        await sut.DeleteAsync(second.ReceiptHandle, _ct);
        Assert.Equal(0, sut.Count);
    }

    [Fact]
    public async Task SendDelayedAsync_BeforeDelay_InvisibleThenVisible()
    {
        var sut = CreateSut();
        await sut.SendDelayedAsync(Message(), TimeSpan.FromSeconds(900), _ct);

        _time.Advance(TimeSpan.FromSeconds(899));
        Assert.Empty(await sut.ReceiveAsync(10, _ct));
        Assert.Equal(1, sut.Count);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Single(await sut.ReceiveAsync(10, _ct));
    }

    [Theory]
    [InlineData(901)]
    [InlineData(-1)]
    public async Task SendDelayedAsync_DelayOutside0To900Seconds_Throws(int seconds)
    {
        var sut = CreateSut();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => sut.SendDelayedAsync(Message(), TimeSpan.FromSeconds(seconds), _ct));
        Assert.Equal(0, sut.Count);
    }

    [Fact]
    public async Task ReceiveAsync_AfterMaxReceiveCount_MovesToDeadLettersWithLastError()
    {
        var sut = CreateSut(maxReceiveCount: 3);
        await sut.SendRawAsync("poison", _ct);
        for (var i = 1; i <= 3; i++)
        {
            var delivery = Assert.Single(await sut.ReceiveAsync(1, _ct));
            Assert.Equal(i, delivery.ReceiveCount);
            sut.RecordFailure(delivery.ReceiptHandle, $"HTTP 503 #{i}");
            _time.Advance(Visibility);
        }

        Assert.Empty(await sut.ReceiveAsync(10, _ct));

        var dead = Assert.Single(sut.DeadLetters);
        Assert.Equal("poison", dead.Body);
        Assert.Equal("maxReceiveCount (3) exceeded; last error: HTTP 503 #3", dead.Reason);
        Assert.Equal(3, dead.ReceiveCount);
        Assert.Equal(_time.GetUtcNow(), dead.At);
        Assert.Equal(0, sut.Count);
    }

    [Fact]
    public async Task RecordFailure_StaleHandle_DoesNotOverwriteLastError()
    {
        var sut = CreateSut(maxReceiveCount: 2);
        await sut.SendRawAsync("a", _ct);
        var first = Assert.Single(await sut.ReceiveAsync(1, _ct));
        _time.Advance(Visibility);
        var second = Assert.Single(await sut.ReceiveAsync(1, _ct));
        sut.RecordFailure(second.ReceiptHandle, "timeout");
        sut.RecordFailure(first.ReceiptHandle, "stale");
        _time.Advance(Visibility);

        await sut.ReceiveAsync(1, _ct);

        Assert.EndsWith("last error: timeout", Assert.Single(sut.DeadLetters).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadLetterAsync_PutsBodyWithReasonStraightIntoDeadLetters()
    {
        var sut = CreateSut();

        await sut.DeadLetterAsync("{not json", "malformed body", _ct);

        Assert.Equal([new DeadLetter("{not json", "malformed body", 0, Start)], sut.DeadLetters);
        Assert.Equal(0, sut.Count);
    }

    [Fact]
    public async Task NextVisibleAt_TracksEarliestHiddenOrDelayedMessage()
    {
        var sut = CreateSut();
        Assert.Null(sut.NextVisibleAt);

        await sut.SendDelayedAsync(Message(), TimeSpan.FromMinutes(10), _ct);
        Assert.Equal(Start.AddMinutes(10), sut.NextVisibleAt);

        await sut.SendRawAsync("a", _ct);
        Assert.Equal(Start, sut.NextVisibleAt);

        await sut.ReceiveAsync(1, _ct);
        Assert.Equal(Start + Visibility, sut.NextVisibleAt);
    }

    [Fact]
    public async Task ReceiveAsync_ManyVisible_ReturnsOldestFirstUpToMax()
    {
        var sut = CreateSut();
        for (var i = 0; i < 12; i++)
        {
            await sut.SendRawAsync($"m{i}", _ct);
            _time.Advance(TimeSpan.FromMilliseconds(1));
        }

        var batch = await sut.ReceiveAsync(10, _ct);

        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"m{i}"), batch.Select(m => m.Body));
        Assert.Equal(["m10", "m11"], (await sut.ReceiveAsync(10, _ct)).Select(m => m.Body));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task ReceiveAsync_MaxMessagesOutside1To10_Throws(int maxMessages)
    {
        var sut = CreateSut();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sut.ReceiveAsync(maxMessages, _ct));
    }

    [Fact]
    public async Task ReceiveAsync_ConcurrentReceivers_DeliverEachMessageOnce()
    {
        var sut = CreateSut();
        var messages = Enumerable.Range(0, 200).Select(i => Message(poolId: i)).ToList();
        await Task.WhenAll(messages.Chunk(10).Select(chunk => Task.Run(() => sut.SendAsync(chunk, _ct))));

        var receivers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var mine = new List<QueueMessage>();
            while (true)
            {
                var batch = await sut.ReceiveAsync(10, _ct);
                if (batch.Count == 0)
                {
                    return mine;
                }

                mine.AddRange(batch);
                foreach (var message in batch)
                {
                    await sut.DeleteAsync(message.ReceiptHandle, _ct);
                }
            }
        }));
        var delivered = (await Task.WhenAll(receivers)).SelectMany(m => m).ToList();

        Assert.Equal(200, delivered.Count);
        Assert.Equal(200, delivered.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(0, sut.Count);
    }
}
