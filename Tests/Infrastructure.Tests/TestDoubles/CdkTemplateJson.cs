using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OndiloFanout.Infrastructure.Tests.TestDoubles;

/// <summary>
/// A synthesized CloudFormation template read as JSON, for checks the CDK's matchers cannot express well:
/// every IAM statement of a role, and references compared as compact JSON text.
/// </summary>
public sealed class CdkTemplateJson
{
    private readonly JsonElement _root;

    public CdkTemplateJson(string templateJson)
    {
        using var document = JsonDocument.Parse(templateJson);
        _root = document.RootElement.Clone();
    }

    /// <summary>The template's Resources section.</summary>
    public JsonElement ResourceSection => _root.GetProperty("Resources");

    /// <summary>The template's Outputs section.</summary>
    public JsonElement OutputSection => _root.GetProperty("Outputs");

    /// <summary>Logical ids of the resources of a type.</summary>
    public IReadOnlyList<string> LogicalIds(string type) =>
        [.. ResourceSection.EnumerateObject().Where(r => r.Value.GetProperty("Type").GetString() == type).Select(r => r.Name)];

    /// <summary>The single resource of a type whose logical id starts with <paramref name="prefix"/>.</summary>
    public string LogicalId(string type, string prefix) =>
        Assert.Single(LogicalIds(type), id => id.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Properties of a resource.</summary>
    public JsonElement Properties(string logicalId) => ResourceSection.GetProperty(logicalId).GetProperty("Properties");

    /// <summary><c>{"Fn::GetAtt":[id,"Arn"]}</c> as compact JSON.</summary>
    public static string ArnOf(string logicalId) => $$"""{"Fn::GetAtt":["{{logicalId}}","Arn"]}""";

    /// <summary><c>{"Ref":id}</c> as compact JSON.</summary>
    public static string RefOf(string logicalId) => $$"""{"Ref":"{{logicalId}}"}""";

    /// <summary>All statements of the IAM policies attached to the role whose logical id starts with the prefix.</summary>
    public IReadOnlyList<CdkPolicyStatement> StatementsOfRole(string rolePrefix)
    {
        var role = LogicalId("AWS::IAM::Role", rolePrefix);
        return
        [
            .. LogicalIds("AWS::IAM::Policy")
                .Select(Properties)
                .Where(p => p.GetProperty("Roles").EnumerateArray().Any(r => Compact(r) == RefOf(role)))
                .SelectMany(p => p.GetProperty("PolicyDocument").GetProperty("Statement").EnumerateArray())
                .Select(s => new CdkPolicyStatement
                {
                    Effect = s.GetProperty("Effect").GetString()!,
                    Actions = ListOf(s.GetProperty("Action")).Select(a => a.GetString()!).ToList(),
                    // CDK writes {"Ref":"AWS::NoValue"} where a table has no index ARNs: it is no resource.
                    Resources = ListOf(s.GetProperty("Resource")).Select(Compact).Where(r => r != RefOf("AWS::NoValue")).ToList(),
                }),
        ];
    }

    /// <summary>The resources on which the role may perform the action.</summary>
    public IReadOnlySet<string> ResourcesAllowed(string rolePrefix, string action) =>
        StatementsOfRole(rolePrefix).Where(s => s.Actions.Contains(action)).SelectMany(s => s.Resources).ToHashSet();

    /// <summary>The actions the role may perform on the resource.</summary>
    public IReadOnlySet<string> ActionsAllowed(string rolePrefix, string resource) =>
        StatementsOfRole(rolePrefix).Where(s => s.Resources.Contains(resource)).SelectMany(s => s.Actions).ToHashSet();

    /// <summary>A JSON value without whitespace.</summary>
    public static string Compact(JsonElement element)
    {
        using var stream = new MemoryStream();
        // Relaxed escaping: quotes and apostrophes read as in the template file.
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonElement[] ListOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [value];
}
