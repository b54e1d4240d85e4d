namespace OndiloFanout.Cloud;

/// <summary>Names of the SQS message attributes this project writes, in one place for writers and readers.</summary>
public static class SqsMessageAttributes
{
    /// <summary>Why a message was dead-lettered at once (String, at most <see cref="MaxReasonLength"/> characters).</summary>
    public const string Reason = "reason";

    /// <summary>When it was dead-lettered (String, ISO-8601 UTC).</summary>
    public const string DeadLetteredAt = "dead_lettered_at";

    /// <summary>The SQS data type of both attributes.</summary>
    public const string StringDataType = "String";

    /// <summary>
    /// Longer reasons are cut: attributes count towards the message size, and an exception's
    /// text can be arbitrarily long.
    /// </summary>
    public const int MaxReasonLength = 1000;
}
