namespace OndiloFanout.Aws;

/// <summary>Reads environment variables; a seam so endpoint and region resolution can be tested without touching the process.</summary>
public interface IAwsEnvironment
{
    /// <summary>The variable's value, or null when it is not set.</summary>
    string? GetVariable(string name);
}
