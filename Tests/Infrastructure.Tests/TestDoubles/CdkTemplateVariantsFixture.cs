namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>
/// The stack synthesized once in every variant the README documents (new bucket, existing bucket, prefix with gzip,
/// e-mail) and once under a second stack name, for checks that must hold in each of them.
/// </summary>
public sealed class CdkTemplateVariantsFixture : IDisposable
{
    public const string SecondStackName = "OndiloFanoutStaging";

    public CdkTemplateVariantsFixture()
    {
        Variants = new Dictionary<string, CdkSynthesizedStack>
        {
            ["new bucket"] = new(new Dictionary<string, string>()),
            ["existing bucket"] = new(new Dictionary<string, string> { [StackSettings.BucketNameKey] = "existing-lake" }),
            ["s3prefix and gzip"] = new(new Dictionary<string, string> { [StackSettings.PrefixKey] = "lake/ondilo", [StackSettings.CompressionKey] = "gzip" }),
            ["email"] = new(new Dictionary<string, string> { [StackSettings.EmailKey] = "ops@example.com" }),
            ["second stack name"] = new(new Dictionary<string, string> { [StackSettings.StackNameKey] = SecondStackName }),
        };
    }

    /// <summary>Each variant by a short description.</summary>
    public IReadOnlyDictionary<string, CdkSynthesizedStack> Variants { get; }

    public void Dispose()
    {
        foreach (var variant in Variants.Values)
        {
            variant.Dispose();
        }
    }
}
