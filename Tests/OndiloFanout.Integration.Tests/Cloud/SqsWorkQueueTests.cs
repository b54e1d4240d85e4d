using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Amazon.SQS.Model;
using Microsoft.Extensions.Time.Testing;
using OndiloFanout.Cloud;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Integration.Tests.Emulators;
using OndiloFanout.Integration.Tests.TestDoubles;
using Xunit;

namespace OndiloFanout.Integration.Tests.Cloud;

/// <summary>Run on fauxqs and on moto: two SQS emulators written apart from this project judge the same behaviour.</summary>
public abstract class SqsWorkQueueTests(ISqsEmulator sqs)
{
    [Collection(FauxqsCollection.Name)]
    public sealed class OnFauxqs(FauxqsFixture emulator) : SqsWorkQueueTests(emulator);

    [Collection(MotoCollection.Name)]
    public sealed class OnMoto(MotoFixture emulator) : SqsWorkQueueTests(emulator);

    private static readonly DateTimeOffset Now = new(2026, 11, 24, 13, 20, 5, 123, TimeSpan.Zero);

    [Fact]
    public async Task SendAsync_TwentyFiveMessages_AllReceivedWithBodiesIntact()
    {
        var (sut, queueUrl, _) = await CreateSutAsync();
        var messages = Enumerable.Range(0, 25).Select(SqsTestMessages.Create).ToList();

        await sut.SendAsync(messages, CancellationToken.None);

        var received = await SqsTestMessages.ReceiveAsync(sqs.Client, queueUrl, 25, TimeSpan.FromSeconds(10));
        var expected = messages.Select(m => JsonSerializer.Serialize(m, WorkMessageJsonContext.Default.WorkMessage)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, received.Select(m => m.Body).Order(StringComparer.Ordinal));
        var roundTrip = JsonSerializer.Deserialize(received[0].Body, WorkMessageJsonContext.Default.WorkMessage);
        Assert.Equal(["temperature", "ph"], roundTrip!.Types);
    }

    [Fact]
    public async Task SendAsync_NoMessages_SendsNothing()
    {
        var (sut, queueUrl, _) = await CreateSutAsync();

        await sut.SendAsync([], CancellationToken.None);

        var response = await sqs.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl });
        Assert.Empty(response.Messages ?? []);
    }

    [Fact]
    public async Task SendDelayedAsync_TwoSeconds_InvisibleUntilTheDelayEnds()
    {
        var (sut, queueUrl, _) = await CreateSutAsync();
        var sentAt = Stopwatch.StartNew();

        await sut.SendDelayedAsync(SqsTestMessages.Create(7), TimeSpan.FromSeconds(2), CancellationToken.None);

        var early = await sqs.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, WaitTimeSeconds = 1 });
        Assert.Empty(early.Messages ?? []);
        var late = await SqsTestMessages.ReceiveAsync(sqs.Client, queueUrl, 1, TimeSpan.FromSeconds(6));
        Assert.True(sentAt.Elapsed >= TimeSpan.FromSeconds(1.9));
        Assert.Equal(1007, JsonSerializer.Deserialize(Assert.Single(late).Body, WorkMessageJsonContext.Default.WorkMessage)!.PoolId);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(901)]
    public async Task SendDelayedAsync_DelayOutsideSqsRange_Throws(int seconds)
    {
        var (sut, _, _) = await CreateSutAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => sut.SendDelayedAsync(SqsTestMessages.Create(1), TimeSpan.FromSeconds(seconds), CancellationToken.None));
    }

    [Fact]
    public async Task DeadLetterAsync_Reason_LandsInDeadLetterQueueWithAttributes()
    {
        var (sut, queueUrl, deadLetterUrl) = await CreateSutAsync();

        await sut.DeadLetterAsync("{not json", "malformed body: 'n' is an invalid start of a value", CancellationToken.None);

        var message = Assert.Single(await SqsTestMessages.ReceiveAsync(sqs.Client, deadLetterUrl, 1, TimeSpan.FromSeconds(5)));
        Assert.Equal("{not json", message.Body);
        Assert.Equal("malformed body: 'n' is an invalid start of a value", message.MessageAttributes[SqsMessageAttributes.Reason].StringValue);
        Assert.Equal("String", message.MessageAttributes[SqsMessageAttributes.Reason].DataType);
        var at = DateTimeOffset.Parse(message.MessageAttributes[SqsMessageAttributes.DeadLetteredAt].StringValue, CultureInfo.InvariantCulture);
        Assert.Equal(Now, at);
        var work = await sqs.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl });
        Assert.Empty(work.Messages ?? []);
    }

    [Fact]
    public async Task DeadLetterAsync_LongReasonWithControlCharacters_TruncatedAndCleaned()
    {
        var (sut, _, deadLetterUrl) = await CreateSutAsync();
        var reason = "bad\u0001" + new string('x', 5000);

        await sut.DeadLetterAsync("body", reason, CancellationToken.None);

        var message = Assert.Single(await SqsTestMessages.ReceiveAsync(sqs.Client, deadLetterUrl, 1, TimeSpan.FromSeconds(5)));
        var stored = message.MessageAttributes[SqsMessageAttributes.Reason].StringValue;
        Assert.Equal(SqsMessageAttributes.MaxReasonLength, stored.Length);
        Assert.StartsWith("bad?xxx", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedrivePolicy_ReceivedMaxReceiveCountTimesWithoutDelete_MovesToDeadLetterQueue()
    {
        var deadLetterUrl = await sqs.CreateQueueAsync("dlq");
        var deadLetterArn = (await sqs.Client.GetQueueAttributesAsync(deadLetterUrl, ["QueueArn"])).QueueARN;
        var queueUrl = await sqs.CreateQueueAsync("work", new Dictionary<string, string>
        {
            ["VisibilityTimeout"] = "1",
            ["RedrivePolicy"] = $$"""{"deadLetterTargetArn":"{{deadLetterArn}}","maxReceiveCount":"2"}""",
        });
        var sut = new SqsWorkQueue(sqs.Client, queueUrl, deadLetterUrl, new FakeTimeProvider(Now));
        await sut.SendAsync([SqsTestMessages.Create(3)], CancellationToken.None);

        var receives = 0;
        Message? dead = null;
        for (var attempt = 0; attempt < 10 && dead is null; attempt++)
        {
            // Received but never deleted: a failed processing, as a Lambda batch failure leaves it.
            var response = await sqs.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queueUrl, WaitTimeSeconds = 1 });
            receives += response.Messages?.Count ?? 0;
            var deadLetters = await sqs.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = deadLetterUrl });
            dead = deadLetters.Messages?.FirstOrDefault();
        }

        Assert.Equal(2, receives);
        Assert.NotNull(dead);
        Assert.Equal(1003, JsonSerializer.Deserialize(dead.Body, WorkMessageJsonContext.Default.WorkMessage)!.PoolId);
    }

    private async Task<(SqsWorkQueue Sut, string QueueUrl, string DeadLetterUrl)> CreateSutAsync()
    {
        var queueUrl = await sqs.CreateQueueAsync("work");
        var deadLetterUrl = await sqs.CreateQueueAsync("dlq");
        return (new SqsWorkQueue(sqs.Client, queueUrl, deadLetterUrl, new FakeTimeProvider(Now)), queueUrl, deadLetterUrl);
    }
}
