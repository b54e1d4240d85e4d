namespace OndiloFanout.Cloud;

/// <summary>The region the process runs in, as the AWS SDKs find it.</summary>
public static class AwsRegion
{
    /// <summary><c>AWS_REGION</c> (set by Lambda), else <c>AWS_DEFAULT_REGION</c>; throws when neither is set.</summary>
    public static string FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var region = NonEmpty(environment("AWS_REGION")) ?? NonEmpty(environment("AWS_DEFAULT_REGION"));
        return region ?? throw new InvalidOperationException("No AWS region: set AWS_REGION (or AWS_DEFAULT_REGION).");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
