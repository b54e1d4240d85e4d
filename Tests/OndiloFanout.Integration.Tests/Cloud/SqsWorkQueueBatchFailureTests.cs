using System.Text.Json;
using Amazon.SQS.Model;
using OndiloFanout.Cloud;
using OndiloFanout.Domain.Collection;
using OndiloFanout.Integration.Tests.TestDoubles;
using OndiloFanout.Lambda;
using Xunit;

namespace OndiloFanout.Integration.Tests.Cloud;

/// <summary>The per-entry <c>Failed</c> answers of <c>SendMessageBatch</c>, which no emulator produces on demand.</summary>
public sealed class SqsWorkQueueBatchFailureTests
{
    private static readonly List<WorkMessage> TwentyFive = [.. Enumerable.Range(0, 25).Select(SqsTestMessages.Create)];

    [Fact]
    public async Task SendAsync_TwentyFiveMessages_ChunksOfTenWithUniqueIds()
    {
        using var sqs = new SqsScriptedBatchClient();

        await CreateSut(sqs).SendAsync(TwentyFive, CancellationToken.None);

        Assert.Equal([10, 10, 5], sqs.Calls.Select(c => c.Count));
        Assert.Equal(25, sqs.Calls.SelectMany(c => c).Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task SendAsync_SomeEntriesFailOnce_ResendsOnlyThoseWithTheSameBodies()
    {
        using var sqs = new SqsScriptedBatchClient(
            e => e.Id is "2" or "7" ? SqsScriptedBatchClient.Fail(e, senderFault: false) : null);

        await CreateSut(sqs).SendAsync(TwentyFive[..10], CancellationToken.None);

        Assert.Equal(2, sqs.Calls.Count);
        var resent = sqs.Calls[1];
        Assert.Equal(["2", "7"], resent.Select(e => e.Id));
        Assert.Equal(
            [Serialize(TwentyFive[2]), Serialize(TwentyFive[7])],
            resent.Select(e => e.MessageBody));
    }

    [Fact]
    public async Task SendAsync_EntryFailsEveryTime_ThrowsNamingItAfterThreeAttempts()
    {
        Func<SendMessageBatchRequestEntry, BatchResultErrorEntry?> failFive = e => e.Id == "5" ? SqsScriptedBatchClient.Fail(e, senderFault: false) : null;
        using var sqs = new SqsScriptedBatchClient(failFive, failFive, failFive);

        var error = await Assert.ThrowsAsync<SqsBatchSendException>(
            () => CreateSut(sqs).SendAsync(TwentyFive[..10], CancellationToken.None));

        Assert.Equal(3, sqs.Calls.Count);
        Assert.Equal(1, error.FailedCount);
        Assert.Contains("entry 5: InternalError", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SenderFault_ThrowsWithoutResending()
    {
        using var sqs = new SqsScriptedBatchClient(e => e.Id == "1" ? SqsScriptedBatchClient.Fail(e, senderFault: true) : null);

        var error = await Assert.ThrowsAsync<SqsBatchSendException>(
            () => CreateSut(sqs).SendAsync(TwentyFive[..3], CancellationToken.None));

        Assert.Single(sqs.Calls);
        Assert.Contains("entry 1: InvalidMessageContents (sender fault)", error.Message, StringComparison.Ordinal);
    }

    // Real timers from a fixed start: the resend backoff (100 ms, then 200 ms) is short enough to wait for.
    private static SqsWorkQueue CreateSut(SqsScriptedBatchClient sqs) =>
        new(sqs, "http://127.0.0.1:9/000000000000/work", "http://127.0.0.1:9/000000000000/dlq", new FixedStartTimeProvider(new DateTimeOffset(2026, 11, 24, 13, 0, 0, TimeSpan.Zero)));

    private static string Serialize(WorkMessage message) => JsonSerializer.Serialize(message, WorkMessageJsonContext.Default.WorkMessage);
}
