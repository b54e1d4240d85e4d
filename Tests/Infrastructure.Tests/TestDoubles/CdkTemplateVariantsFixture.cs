namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>
/// The stack synthesized once in every variant the README documents (new bucket, existing bucket, prefix with gzip,
/// e-mail) and once under a second stack name, for checks that must hold in each of them.
/// </summary>
public sealed class CdkTemplateVariantsFixture : IDisposable
{
    public const string SecondStackName = "OndiloFanoutStaging";

    /// <summary>The context of each variant, by a short description.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Contexts { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["new bucket"] = new Dictionary<string, string>(),
            ["existing bucket"] = new Dictionary<string, string> { [StackSettings.BucketNameKey] = "existing-lake" },
            ["s3prefix and gzip"] = new Dictionary<string, string> { [StackSettings.PrefixKey] = "lake/ondilo", [StackSettings.CompressionKey] = "gzip" },
            ["email"] = new Dictionary<string, string> { [StackSettings.EmailKey] = "ops@example.com" },
            ["second stack name"] = new Dictionary<string, string> { [StackSettings.StackNameKey] = SecondStackName },
        };

    /// <summary>The variants' descriptions, for theories.</summary>
    public static TheoryData<string> Names => [.. Contexts.Keys];

    /// <summary>Each variant synthesized, by its description.</summary>
    public IReadOnlyDictionary<string, CdkSynthesizedStack> Variants { get; } =
        Contexts.ToDictionary(variant => variant.Key, variant => new CdkSynthesizedStack(variant.Value));

    public void Dispose()
    {
        foreach (var variant in Variants.Values)
        {
            variant.Dispose();
        }
    }
}
