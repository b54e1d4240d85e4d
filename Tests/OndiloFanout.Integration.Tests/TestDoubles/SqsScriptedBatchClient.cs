using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace OndiloFanout.Integration.Tests.TestDoubles;

/// <summary>
/// An SQS client whose <c>SendMessageBatch</c> answers from a script: each call fails the entries the
/// next script step names. No emulator can be made to refuse single entries, so this is the one fake.
/// Every other operation would go to an unreachable endpoint.
/// </summary>
internal sealed class SqsScriptedBatchClient(params Func<SendMessageBatchRequestEntry, BatchResultErrorEntry?>[] steps)
    : AmazonSQSClient(new BasicAWSCredentials("test", "test"), new AmazonSQSConfig { ServiceURL = "http://127.0.0.1:9", AuthenticationRegion = "us-east-1" })
{
    /// <summary>The entries of each call, in order.</summary>
    public List<List<SendMessageBatchRequestEntry>> Calls { get; } = [];

    public override Task<SendMessageBatchResponse> SendMessageBatchAsync(SendMessageBatchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var step = Calls.Count < steps.Length ? steps[Calls.Count] : _ => null;
        Calls.Add([.. request.Entries]);
        var failed = request.Entries.Select(step).OfType<BatchResultErrorEntry>().ToList();
        return Task.FromResult(new SendMessageBatchResponse
        {
            // As SDK v4 does: an empty list comes back as null.
            Failed = failed.Count == 0 ? null : failed,
            Successful = [.. request.Entries.Where(e => failed.TrueForAll(f => f.Id != e.Id)).Select(e => new SendMessageBatchResultEntry { Id = e.Id })],
        });
    }

    public static BatchResultErrorEntry Fail(SendMessageBatchRequestEntry entry, bool senderFault) => new()
    {
        Id = entry.Id,
        Code = senderFault ? "InvalidMessageContents" : "InternalError",
        Message = "refused",
        SenderFault = senderFault,
    };
}
