namespace OndiloFanout.Aws;

/// <summary>The process environment.</summary>
public sealed class ProcessAwsEnvironment : IAwsEnvironment
{
    public string? GetVariable(string name) => Environment.GetEnvironmentVariable(name);
}
