using Amazon.SQS.Model;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cloud;
using OndiloFanout.Cli.Aws;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Integration.Tests.Emulators;
using OndiloFanout.Integration.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Integration.Tests.Cli.Aws;

/// <summary>Run on fauxqs and on moto: two SQS emulators written apart from this project judge the same behaviour.</summary>
public abstract class SqsQueueInspectorTests(ISqsEmulator sqs)
{
    [Collection(FauxqsCollection.Name)]
    public sealed class OnFauxqs(FauxqsFixture emulator) : SqsQueueInspectorTests(emulator);

    [Collection(MotoCollection.Name)]
    public sealed class OnMoto(MotoFixture emulator) : SqsQueueInspectorTests(emulator);

    [Fact]
    public async Task PeekAsync_TwentyThreeMessages_SeesEachOnceAndLeavesThemAllVisible()
    {
        var queueUrl = await sqs.CreateQueueAsync("peek");
        var messages = Enumerable.Range(0, 23).Select(SqsTestMessages.Create).ToList();
        await new SqsWorkQueue(sqs.Client, queueUrl, queueUrl, new FakeTimeProvider()).SendAsync(messages, CancellationToken.None);
        var sut = new SqsQueueInspector(sqs.Client);

        var peeked = await sut.PeekAsync(queueUrl, 100, TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(23, peeked.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(
            messages.Select(m => m.PoolId).Order(),
            peeked.Select(m => WorkMessageCodec.TryParse(m.Body, out var body, out _) ? body!.PoolId : 0).Order());
        Assert.All(peeked, m => Assert.Equal(1, m.ReceiveCount));
        Assert.Equal(new SqsQueueDepth(23, 0, 0), await sut.GetDepthAsync(queueUrl, CancellationToken.None));
        Assert.Equal(23, (await SqsTestMessages.ReceiveAsync(sqs.Client, queueUrl, 23, TimeSpan.FromSeconds(10))).Count);
    }

    [Fact]
    public async Task PeekAsync_MaxSmallerThanQueue_StopsAtMax()
    {
        var queueUrl = await sqs.CreateQueueAsync("peek-max");
        await new SqsWorkQueue(sqs.Client, queueUrl, queueUrl, new FakeTimeProvider()).SendAsync(Enumerable.Range(0, 15).Select(SqsTestMessages.Create).ToList(), CancellationToken.None);

        var peeked = await new SqsQueueInspector(sqs.Client).PeekAsync(queueUrl, 12, TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(12, peeked.Count);
    }

    [Fact]
    public async Task PeekAsync_DeadLetteredByTheWorkQueue_ReadsReasonAndTime()
    {
        var queueUrl = await sqs.CreateQueueAsync("work");
        var deadLetterUrl = await sqs.CreateQueueAsync("dlq");
        var at = new DateTimeOffset(2026, 11, 24, 13, 20, 5, 123, TimeSpan.Zero);
        await new SqsWorkQueue(sqs.Client, queueUrl, deadLetterUrl, new FakeTimeProvider(at)).DeadLetterAsync("{\"v\":9}", "The message has version 9.", CancellationToken.None);

        var message = Assert.Single(await new SqsQueueInspector(sqs.Client).PeekAsync(deadLetterUrl, 10, TimeSpan.Zero, CancellationToken.None));

        Assert.Equal("{\"v\":9}", message.Body);
        Assert.Equal("The message has version 9.", message.Reason);
        Assert.Equal("2026-11-24T13:20:05.123Z", message.DeadLetteredAt);
    }

    [Fact]
    public async Task PeekAsync_EmptyQueue_ReturnsEmpty()
    {
        var queueUrl = await sqs.CreateQueueAsync("empty");

        Assert.Empty(await new SqsQueueInspector(sqs.Client).PeekAsync(queueUrl, 10, TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public async Task GetDepthAsync_VisibleInFlightAndDelayed_CountsEach()
    {
        var queueUrl = await sqs.CreateQueueAsync("depth");
        var queue = new SqsWorkQueue(sqs.Client, queueUrl, queueUrl, new FakeTimeProvider());
        await queue.SendAsync([SqsTestMessages.Create(1), SqsTestMessages.Create(2), SqsTestMessages.Create(3)], CancellationToken.None);
        await queue.SendDelayedAsync(SqsTestMessages.Create(4), TimeSpan.FromMinutes(5), CancellationToken.None);
        await sqs.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, MaxNumberOfMessages = 1, VisibilityTimeout = 60 });

        var depth = await new SqsQueueInspector(sqs.Client).GetDepthAsync(queueUrl, CancellationToken.None);

        Assert.Equal(new SqsQueueDepth(2, 1, 1), depth);
        Assert.Equal(4, depth.Total);
    }

    [Fact]
    public async Task GetArnAsync_Queue_ReturnsItsArn()
    {
        var queueUrl = await sqs.CreateQueueAsync("arn");

        var arn = await new SqsQueueInspector(sqs.Client).GetArnAsync(queueUrl, CancellationToken.None);

        Assert.StartsWith("arn:aws:sqs:", arn, StringComparison.Ordinal);
        Assert.EndsWith(queueUrl[(queueUrl.LastIndexOf('/') + 1)..], arn, StringComparison.Ordinal);
    }
}
