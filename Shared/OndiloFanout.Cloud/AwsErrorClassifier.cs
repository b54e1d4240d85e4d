using System.Collections.Frozen;
using System.Net;

namespace OndiloFanout.Cloud;

/// <summary>Which AWS errors are transient, as in the SDKs' standard retry mode.</summary>
internal static class AwsErrorClassifier
{
    private static readonly FrozenSet<string> Throttling = FrozenSet.Create(
        StringComparer.Ordinal,
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException");

    private static readonly FrozenSet<string> Transient = FrozenSet.Create(
        StringComparer.Ordinal,
        "RequestTimeout", "RequestTimeoutException", "InternalFailure", "InternalServerError", "InternalErrorException",
        "ServiceUnavailable", "ServiceUnavailableException");

    public static bool IsRetryable(AwsServiceException error) =>
        Throttling.Contains(error.ErrorType)
        || Transient.Contains(error.ErrorType)
        || error.StatusCode == HttpStatusCode.TooManyRequests
        || (int)error.StatusCode >= 500;
}
