namespace OndiloFanout.Cloud.Firehose;

/// <summary>The part of Amazon Data Firehose this project uses, shaped as AWSSDK.KinesisFirehose's client.</summary>
public sealed class FirehoseClient
{
    private readonly AwsJsonClient client;

    /// <summary><paramref name="client"/> must be set up for <see cref="AwsServiceDescriptor.Firehose"/>.</summary>
    public FirehoseClient(AwsJsonClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
    }

    /// <summary>Sends a batch. Whole-call errors throw <see cref="AwsServiceException"/>; per-record failures come back in the response.</summary>
    public Task<PutRecordBatchResponse> PutRecordBatchAsync(PutRecordBatchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return client.SendAsync(
            "PutRecordBatch", request, FirehoseJsonContext.Default.PutRecordBatchRequest, FirehoseJsonContext.Default.PutRecordBatchResponse,
            cancellationToken);
    }
}
