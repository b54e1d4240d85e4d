using System.Text;

namespace OndiloFanout.Infrastructure;

/// <summary>
/// Every name the stack fixes itself, derived from the stack name so that two deployments in one account and region
/// (staging, a second Ondilo account) share none. The default stack name gives the names earlier versions used:
/// <c>OndiloFanout</c> → Glue database <c>ondilo_fanout</c>, Athena workgroup and service <c>ondilo-fanout</c>.
/// Everything else is named by CloudFormation, which puts the stack name in it.
/// </summary>
internal sealed record StackNames
{
    /// <summary>The CloudFormation stack name, also the CDK stack id.</summary>
    public required string Stack { get; init; }
    /// <summary>The Glue database of the lake's tables and views.</summary>
    public required string GlueDatabase { get; init; }
    /// <summary>The Athena workgroup holding the saved queries.</summary>
    public required string AthenaWorkGroup { get; init; }
    /// <summary>The functions' service name: the <c>service</c> dimension of their metrics, so alarms watch this stack only.</summary>
    public required string ServiceName { get; init; }
    /// <summary>The alarm topic's display name, the sender name of its e-mails.</summary>
    public required string AlarmTopicDisplayName { get; init; }

    /// <summary>The names of the stack called <paramref name="stackName"/> (a valid CloudFormation stack name).</summary>
    public static StackNames From(string stackName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stackName);
        var words = KebabCase(stackName);
        return new StackNames
        {
            Stack = stackName,
            // Glue names are lower case with underscores; Athena names allow hyphens.
            GlueDatabase = words.Replace('-', '_'),
            AthenaWorkGroup = words,
            ServiceName = words,
            AlarmTopicDisplayName = stackName + " alarms",
        };
    }

    // "OndiloFanoutStaging" → "ondilo-fanout-staging"; existing hyphens stay single.
    private static string KebabCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var wordStart = char.IsUpper(c) && i > 0 && name[i - 1] != '-'
                && (!char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (wordStart)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
