namespace OndiloFanout.Benchmarks.Cost;

/// <summary>
/// us-east-1 list prices in USD, without free tiers, as read on <see cref="ReadOn"/> from the AWS pricing pages
/// (Lambda, SQS, Data Firehose, S3, DynamoDB, Secrets Manager).
/// </summary>
public static class AwsPrices
{
    public const string Region = "us-east-1";
    public const string ReadOn = "2026-11-25";
    /// <summary>Lambda x86_64, per GB-second.</summary>
    public const double LambdaGbSecond = 0.0000166667;
    /// <summary>Lambda, per request.</summary>
    public const double LambdaRequest = 0.20 / 1e6;
    /// <summary>SQS standard queue, per request (64 KB chunk).</summary>
    public const double SqsRequest = 0.40 / 1e6;
    /// <summary>Data Firehose Direct PUT ingestion, first 500 TB/month, per GB, each record rounded up to 5 KB.</summary>
    public const double FirehoseIngestionGb = 0.029;
    public const int FirehoseRoundingBytes = 5 * 1024;
    /// <summary>Firehose dynamic partitioning, per GB delivered.</summary>
    public const double PartitioningGb = 0.020;
    /// <summary>Firehose dynamic partitioning, per S3 object delivered.</summary>
    public const double PartitioningObject = 0.005 / 1000;
    /// <summary>S3 Standard PUT, per request.</summary>
    public const double S3Put = 0.005 / 1000;
    /// <summary>S3 Standard storage, per GB-month (first 50 TB).</summary>
    public const double S3GbMonth = 0.023;
    /// <summary>DynamoDB on-demand, per write request unit.</summary>
    public const double DynamoWru = 0.625 / 1e6;
    /// <summary>DynamoDB on-demand, per read request unit.</summary>
    public const double DynamoRru = 0.125 / 1e6;
    /// <summary>Secrets Manager, per secret-month.</summary>
    public const double SecretMonth = 0.40;
    /// <summary>Secrets Manager, per API call.</summary>
    public const double SecretCall = 0.05 / 10_000;
}
