using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OndiloFanout.Contracts;
using OndiloFanout.Infrastructure.Tests.TestDoubles;

namespace OndiloFanout.Infrastructure.Tests;

/// <summary>What must hold in every documented variant of the template, whatever the context.</summary>
[Collection(CdkTemplateVariantsCollection.Name)]
public sealed partial class TemplateVariantsTests(CdkTemplateVariantsFixture fixture)
{
    [Theory]
    [MemberData(nameof(CdkTemplateVariantsFixture.Names), MemberType = typeof(CdkTemplateVariantsFixture))]
    public void GlueMeasuresLocation_Variant_IsWhereFirehoseWrites(string variant)
    {
        var json = fixture.Variants[variant].Json;
        var firehosePrefix = json.Properties(json.LogicalId("AWS::KinesisFirehose::DeliveryStream", "DeliveryStream"))
            .GetProperty("ExtendedS3DestinationConfiguration").GetProperty("Prefix").GetString()!;
        var glueTemplate = json.Properties(json.LogicalId("AWS::Glue::Table", "LakeCatalogMeasuresTable"))
            .GetProperty("TableInput").GetProperty("Parameters").GetProperty("storage.location.template");
        var bucket = Flatten(json.OutputSection.GetProperty("DataBucketName").GetProperty("Value"));

        // Firehose's partition keys, read from each record, are Glue's projected partition columns in the same order.
        Assert.Equal(LakeSchema.MeasurePartitions, PartitionKey().Matches(firehosePrefix).Select(m => m.Groups[1].Value.ToLowerInvariant()));
        var expected = $"s3://{bucket}/" + PartitionKey().Replace(firehosePrefix, m => "${" + m.Groups[1].Value.ToLowerInvariant() + "}");
        Assert.Equal(expected, Flatten(glueTemplate));
    }

    [Theory]
    [MemberData(nameof(CdkTemplateVariantsFixture.Names), MemberType = typeof(CdkTemplateVariantsFixture))]
    public void AthenaResults_Variant_GoToABucketOfTheStackThatExpiresThemAfterSevenDays(string variant)
    {
        var json = fixture.Variants[variant].Json;
        var output = Flatten(json.Properties(json.LogicalId("AWS::Athena::WorkGroup", "LakeCatalogWorkGroup"))
            .GetProperty("WorkGroupConfiguration").GetProperty("ResultConfiguration").GetProperty("OutputLocation"));

        var location = ResultsLocation().Match(output);
        Assert.True(location.Success, output);
        var bucket = json.ResourceSection.GetProperty(location.Groups["bucket"].Value);
        Assert.Equal("AWS::S3::Bucket", bucket.GetProperty("Type").GetString());
        Assert.Contains(
            bucket.GetProperty("Properties").GetProperty("LifecycleConfiguration").GetProperty("Rules").EnumerateArray(),
            rule => rule.GetProperty("Status").GetString() == "Enabled"
                && rule.TryGetProperty("ExpirationInDays", out var days) && days.GetInt32() == 7
                && rule.TryGetProperty("Prefix", out var prefix) && location.Groups["prefix"].Value.StartsWith(prefix.GetString()!, StringComparison.Ordinal));
    }

    // A template value as text: Fn::Join flattened, a reference written as {Ref:LogicalId}.
    private static string Flatten(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString()!;
        }

        if (value.TryGetProperty("Ref", out var reference))
        {
            return "{Ref:" + reference.GetString() + "}";
        }

        var join = value.GetProperty("Fn::Join");
        var text = new StringBuilder();
        foreach (var part in join[1].EnumerateArray())
        {
            text.Append(text.Length > 0 ? join[0].GetString() : "").Append(Flatten(part));
        }

        return text.ToString();
    }

    [GeneratedRegex(@"!\{partitionKeyFromQuery:(\w+)\}")]
    private static partial Regex PartitionKey();

    [GeneratedRegex(@"^s3://\{Ref:(?<bucket>\w+)\}/(?<prefix>.+)$")]
    private static partial Regex ResultsLocation();
}
