using OndiloFanout.Aws;

namespace OndiloFanout.Tests.TestDoubles;

/// <summary>Environment variables from a dictionary.</summary>
internal sealed class AwsFakeEnvironment(Dictionary<string, string> variables) : IAwsEnvironment
{
    public string? GetVariable(string name) => variables.GetValueOrDefault(name);
}
