using System.Text.Json;
using OndiloFanout.Infrastructure.Tests.TestDoubles;

namespace OndiloFanout.Infrastructure.Tests;

/// <summary>Two stacks of different names in one account and region: nothing one creates or watches belongs to the other.</summary>
[Collection(CdkTemplateVariantsCollection.Name)]
public sealed class OndiloFanoutStackNameTests(CdkTemplateVariantsFixture fixture)
{
    // Names that are unique only within something the stack names itself (a table within its database, a log stream
    // within its log group, an inline policy within its role), or that name no resource (columns, keys, metrics).
    private static readonly (string Type, string Property)[] ScopedNames =
    [
        ("AWS::Glue::Table", "Name"),
        ("AWS::Athena::NamedQuery", "Name"),
        ("AWS::Logs::LogStream", "LogStreamName"),
        ("AWS::KinesisFirehose::DeliveryStream", "LogStreamName"),
        ("AWS::KinesisFirehose::DeliveryStream", "ParameterName"),
        ("AWS::IAM::Policy", "PolicyName"),
        ("AWS::DynamoDB::Table", "AttributeName"),
        ("AWS::CloudWatch::Alarm", "MetricName"),
        ("AWS::CloudWatch::Alarm", "Name"),
    ];

    private readonly CdkTemplateJson _first = fixture.Variants["new bucket"].Json;
    private readonly CdkTemplateJson _second = fixture.Variants["second stack name"].Json;

    [Fact]
    public void Synth_TwoStackNames_NoPhysicalNameInCommon()
    {
        var first = FixedNames(_first);
        var second = FixedNames(_second);

        // The names exist (the Glue database, the workgroup, the topic's display name), and none repeats.
        Assert.Contains("ondilo_fanout", first);
        Assert.Contains("ondilo_fanout_staging", second);
        Assert.Contains("ondilo-fanout-staging", second);
        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public void Alarms_TwoStackNames_WatchNoMetricInCommon()
    {
        var first = AlarmMetrics(_first);
        var second = AlarmMetrics(_second);

        // A dimension that is a reference names this stack's resource; a literal one must differ by itself.
        Assert.All(first.Concat(second), metric => Assert.DoesNotContain("[]", metric, StringComparison.Ordinal));
        Assert.Empty(first.Where(m => !m.Contains("{\"Ref\"", StringComparison.Ordinal) && !m.Contains("Fn::", StringComparison.Ordinal)).Intersect(second));
        Assert.Contains(second, m => m.Contains("ondilo-fanout-staging", StringComparison.Ordinal));
    }

    [Fact]
    public void Outputs_SecondStackName_NameItsGlueDatabaseAndWorkGroup()
    {
        Assert.Equal("ondilo_fanout_staging", _second.OutputSection.GetProperty("GlueDatabase").GetProperty("Value").GetString());
        Assert.Equal("ondilo-fanout-staging", _second.OutputSection.GetProperty("AthenaWorkGroup").GetProperty("Value").GetString());
    }

    // Every literal string under a property whose name ends in "Name", except the scoped ones.
    private static HashSet<string> FixedNames(CdkTemplateJson template)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in template.ResourceSection.EnumerateObject())
        {
            var type = resource.Value.GetProperty("Type").GetString()!;
            if (resource.Value.TryGetProperty("Properties", out var properties))
            {
                Collect(type, properties, names);
            }
        }

        return names;
    }

    private static void Collect(string type, JsonElement element, HashSet<string> names)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(type, item, names);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name.EndsWith("Name", StringComparison.Ordinal)
                    && property.Value.ValueKind == JsonValueKind.String
                    && !ScopedNames.Contains((type, property.Name)))
                {
                    names.Add(property.Value.GetString()!);
                }

                Collect(type, property.Value, names);
            }
        }
    }

    private static HashSet<string> AlarmMetrics(CdkTemplateJson template) =>
        template.LogicalIds("AWS::CloudWatch::Alarm")
            .Select(template.Properties)
            .Select(a => $"{a.GetProperty("Namespace").GetString()}|{a.GetProperty("MetricName").GetString()}|{CdkTemplateJson.Compact(a.GetProperty("Dimensions"))}")
            .ToHashSet(StringComparer.Ordinal);
}
