namespace OndiloFanout.Cloud.Firehose;

/// <summary>Some records were still refused by Firehose after every attempt; none of the batch may be counted as written.</summary>
internal sealed class FirehoseDeliveryException : Exception
{
    public FirehoseDeliveryException(int failedRecordCount, IReadOnlyList<string> errorCodes)
        : base($"Firehose refused {failedRecordCount} record(s) after every attempt; error codes: {string.Join(", ", errorCodes)}.")
    {
        FailedRecordCount = failedRecordCount;
        ErrorCodes = errorCodes;
    }

    public int FailedRecordCount { get; }

    /// <summary>The distinct error codes of the last attempt, e.g. <c>ServiceUnavailableException</c>.</summary>
    public IReadOnlyList<string> ErrorCodes { get; }
}
